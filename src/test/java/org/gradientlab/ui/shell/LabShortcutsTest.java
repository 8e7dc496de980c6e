package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.layout.Pane;

import org.junit.jupiter.api.Test;

class LabShortcutsTest {
    @Test
    void aNodeThatSaysItUsesKeysKeepsThemAndAPlainNodeDoesNot() {
        Pane plain = new Pane();
        assertFalse(LabShortcuts.usesKeys(plain));
        assertFalse(LabShortcuts.usesKeys(null));
        Pane view = new Pane();
        view.getProperties().put(LabShortcuts.USES_KEYS, true);
        assertTrue(LabShortcuts.usesKeys(view));
    }
}
