package org.gradientlab.ui.widgets;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import org.gradientlab.ui.i18n.I18n;

/**
 * A playback button: a CSS-shaped icon (a Region with style classes {@code icon} and
 * {@code iconClass}), its text and tooltip from {@code key}; out of the focus cycle so Space
 * stays the shell's play/pause shortcut.
 */
public final class IconButton {
    private IconButton() {}

    public static Button of(I18n i18n, String id, String iconClass, String key, Runnable action) {
        Region graphic = new Region();
        graphic.getStyleClass().addAll(iconClass, "icon");
        Button button = new Button(null, graphic);
        button.setId(id);
        button.textProperty().bind(i18n.label(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.label(key));
        button.setTooltip(tip);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
