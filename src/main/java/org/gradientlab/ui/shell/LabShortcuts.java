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
 * a control that needs them (text field, slider, spinner, combo box) has the focus.
 */
public final class LabShortcuts {
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
                || focus instanceof ComboBoxBase;
    }
}
