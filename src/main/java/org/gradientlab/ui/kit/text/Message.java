package org.gradientlab.ui.kit.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text not yet rendered: an i18n key and its MessageFormat arguments. A view keeps this, not
 * the string, so "Finished in 0:15" is written again in the new language when it changes.
 * Arguments that are messages themselves (a display name, a unit) are rendered in the same
 * language as the whole; numbers meant for reading are passed already formatted by {@link Num}.
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        // List.copyOf refuses nulls; a missing argument is shown as "null" by MessageFormat anyway.
        args = args.stream().map(a -> a == null ? "null" : a).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** No text: renders as the empty string. */
    public static final Message EMPTY = new Message("", List.of());

    public boolean isEmpty() {
        return key.isEmpty();
    }
}
