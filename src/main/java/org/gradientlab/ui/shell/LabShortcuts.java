package org.gradientlab.ui.shell;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

import org.gradientlab.ui.lab.Lab;

/**
 * Space = play/pause, → = step, R = reset, sent to the current lab. Keys are left alone while
 * a control that needs them (text field, slider, spinner, combo box) has the focus, or a node
 * that says so with the property {@link #USES_KEYS} (the optimizer lab's 3-D view turns on →).
 */
public final class LabShortcuts {
    /** A node's property key: set to true, its keys are its own while it has the focus. */
    public static final String USES_KEYS = "gradientlab.uses-keys";

    private LabShortcuts() {}

    public static void install(Scene scene, Supplier<Lab> currentLab) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown() || event.isMetaDown()
                    || usesKeys(scene.getFocusOwner())) {
                return;
            }
            Runnable hook = switch (event.getCode()) {
                case SPACE -> currentLab.get()::playPause;
                case RIGHT -> currentLab.get()::step;
                case R -> currentLab.get()::reset;
                default -> null;
            };
            if (hook != null) {
                hook.run();
                event.consume();
            }
        });
    }

    static boolean usesKeys(Node focus) {
        return focus instanceof TextInputControl || focus instanceof Slider || focus instanceof Spinner
                || focus instanceof ComboBoxBase || focus != null && Boolean.TRUE.equals(focus.getProperties().get(USES_KEYS));
    }
}
