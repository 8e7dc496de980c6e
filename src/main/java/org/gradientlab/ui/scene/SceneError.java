package org.gradientlab.ui.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gradientlab.ui.kit.text.Message;

/**
 * Why a scene could not be read, as an i18n key ("scene.error.…") and its arguments after the
 * first: the text's {0} is the file's name, given when the message is made for the user, so
 * the same error reads in the UI's language and follows a language switch.
 */
public final class SceneError extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    public SceneError(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args)));
    }

    public String key() {
        return key;
    }

    /** The arguments from {1} on: the field's path, the value found, what was expected. */
    public List<Object> args() {
        return args;
    }

    /** The message for the user about {@code source}: a file name, or a Message such as "scene 3 of the lesson". */
    public Message message(Object source) {
        List<Object> all = new ArrayList<>();
        all.add(source);
        all.addAll(args);
        return new Message(key, all);
    }
}
