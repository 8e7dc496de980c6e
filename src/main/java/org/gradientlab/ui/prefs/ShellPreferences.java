package org.gradientlab.ui.prefs;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/**
 * Reads and writes {@link ShellSettings} in a preferences node given by the caller (the app
 * passes the user's node, tests a fresh in-memory one). A value that is missing, unreadable or
 * out of range falls back to its default alone; the others are kept.
 */
public final class ShellPreferences {
    private final Preferences node;

    public ShellPreferences(Preferences node) {
        this.node = node;
    }

    /** The app's node in the user's preferences. */
    public static ShellPreferences forUser() {
        return new ShellPreferences(Preferences.userRoot().node("org/gradientlab/shell"));
    }

    /** The scene files opened or saved last, in the same node. */
    public RecentScenes recentScenes() {
        return new RecentScenes(node);
    }

    public ShellSettings load() {
        ShellSettings d = ShellSettings.defaults();
        double width = inRange(number("width", d.width()), ShellSettings.MIN_WIDTH, ShellSettings.MAX_SIDE, d.width());
        double height = inRange(number("height", d.height()), ShellSettings.MIN_HEIGHT, ShellSettings.MAX_SIDE, d.height());
        double x = number("x", Double.NaN);
        double y = number("y", Double.NaN);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            x = Double.NaN;
            y = Double.NaN;
        }
        Language language = Language.fromId(node.get("language", "")).orElse(d.language());
        Theme theme = Theme.fromId(node.get("theme", "")).orElse(d.theme());
        int fontScale = (int) inRange(number("fontScale", d.fontScale()),
                Appearance.MIN_FONT_SCALE, Appearance.MAX_FONT_SCALE, d.fontScale());
        int exportScale = (int) inRange(number("exportScale", d.exportScale()), 1, ShellSettings.MAX_EXPORT_SCALE,
                d.exportScale());
        return new ShellSettings(x, y, width, height, node.getBoolean("maximized", false), language, theme,
                fontScale, exportScale, node.get("lastExportDir", ""));
    }

    public void save(ShellSettings s) {
        putOrRemove("x", s.x());
        putOrRemove("y", s.y());
        node.putDouble("width", s.width());
        node.putDouble("height", s.height());
        node.putBoolean("maximized", s.maximized());
        node.put("language", s.language().id());
        node.put("theme", s.theme().id());
        node.putInt("fontScale", s.fontScale());
        node.putInt("exportScale", s.exportScale());
        node.put("lastExportDir", s.lastExportDir());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the window layout is no reason to fail closing the app.
            System.err.println("warning: preferences not saved: " + e.getMessage());
        }
    }

    private void putOrRemove(String key, double value) {
        if (Double.isNaN(value)) {
            node.remove(key);
        } else {
            node.putDouble(key, value);
        }
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(node.get(key, Double.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double inRange(double value, double min, double max, double fallback) {
        return value >= min && value <= max ? value : fallback;
    }
}
