package org.gradientlab.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;

import org.junit.jupiter.api.Test;

import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Theme;

class ShellPreferencesTest {
    private final Preferences node = new MemoryPreferences();
    private final ShellPreferences prefs = new ShellPreferences(node);

    @Test
    void savedSettingsComeBackUnchanged() {
        ShellSettings saved = new ShellSettings(40, 60, 1400, 900, true, Language.KOREAN, Theme.HIGH_CONTRAST,
                175, 3, "/tmp/figures");
        prefs.save(saved);
        assertEquals(saved, prefs.load());
    }

    @Test
    void emptyNodeGivesDefaults() {
        ShellSettings loaded = prefs.load();
        assertEquals(ShellSettings.defaults(), loaded);
        assertFalse(loaded.hasPosition());
    }

    @Test
    void brokenValuesFallBackOneByOne() {
        node.put("width", "wide");
        node.put("height", "-300");
        node.put("x", "NaN");
        node.put("y", "10");
        node.put("language", "xx");
        node.put("theme", "purple");
        node.put("fontScale", "900");
        node.put("exportScale", "0");
        node.put("maximized", "maybe");
        node.put("lastExportDir", "/kept");
        ShellSettings d = ShellSettings.defaults();
        ShellSettings loaded = prefs.load();
        assertEquals(d.width(), loaded.width());
        assertEquals(d.height(), loaded.height());
        assertFalse(loaded.hasPosition(), "half a position is no position");
        assertEquals(d.language(), loaded.language());
        assertEquals(d.theme(), loaded.theme());
        assertEquals(d.fontScale(), loaded.fontScale());
        assertEquals(d.exportScale(), loaded.exportScale());
        assertFalse(loaded.maximized());
        assertEquals("/kept", loaded.lastExportDir());
    }

    @Test
    void validValuesSurviveBesideBrokenOnes() {
        node.put("theme", "dark");
        node.put("fontScale", "abc");
        ShellSettings loaded = prefs.load();
        assertEquals(Theme.DARK, loaded.theme());
        assertEquals(100, loaded.fontScale());
    }

    @Test
    void unsetPositionIsNotStored() {
        prefs.save(ShellSettings.defaults());
        assertEquals(null, node.get("x", null));
        assertTrue(node.get("theme", null) != null);
    }

    @Test
    void settingsRejectOutOfRangeValuesNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new ShellSettings(0, 0, 100, 800, false, Language.ENGLISH, Theme.LIGHT, 100, 2, ""));
        assertTrue(e.getMessage().startsWith("width"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () ->
                new ShellSettings(0, 0, 1000, 800, false, Language.ENGLISH, Theme.LIGHT, 250, 2, ""));
        assertTrue(e.getMessage().startsWith("fontScale"), e.getMessage());
    }
}
