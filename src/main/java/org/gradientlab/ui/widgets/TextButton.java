package org.gradientlab.ui.widgets;

import javafx.scene.control.Button;

import org.gradientlab.ui.i18n.I18n;

/** A button with a text from {@code key}, out of the focus cycle so the lab's keys stay the shell's. */
public final class TextButton {
    private TextButton() {}

    public static Button of(I18n i18n, String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.label(key));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
