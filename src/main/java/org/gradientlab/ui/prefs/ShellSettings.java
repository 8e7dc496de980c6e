package org.gradientlab.ui.prefs;

import java.util.Objects;

import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/**
 * What the shell remembers between runs. {@code x} and {@code y} are NaN until the window was
 * placed once (then it opens centred); {@code lastExportDir} is empty until the first export.
 */
public record ShellSettings(double x, double y, double width, double height, boolean maximized,
                            Language language, Theme theme, int fontScale, int exportScale,
                            String lastExportDir) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 400;
    public static final double MAX_SIDE = 16384;
    public static final int MAX_EXPORT_SCALE = 3;

    public ShellSettings {
        requireIn("width", width, MIN_WIDTH, MAX_SIDE);
        requireIn("height", height, MIN_HEIGHT, MAX_SIDE);
        if (!Double.isNaN(x) && !Double.isFinite(x) || !Double.isNaN(y) && !Double.isFinite(y)) {
            throw new IllegalArgumentException("window position must be finite or unset, got " + x + ", " + y);
        }
        requireIn("fontScale", fontScale, Appearance.MIN_FONT_SCALE, Appearance.MAX_FONT_SCALE);
        requireIn("exportScale", exportScale, 1, MAX_EXPORT_SCALE);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(lastExportDir, "lastExportDir");
    }

    /** First start: 1280×800 centred, light theme, 100 %, export at 2×, language of the system. */
    public static ShellSettings defaults() {
        Language language = Language.fromId(java.util.Locale.getDefault().getLanguage()).orElse(Language.ENGLISH);
        return new ShellSettings(Double.NaN, Double.NaN, 1280, 800, false, language, Theme.LIGHT, 100, 2, "");
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    public ShellSettings withBounds(double x, double y, double width, double height, boolean maximized) {
        return new ShellSettings(x, y, width, height, maximized, language, theme, fontScale, exportScale, lastExportDir);
    }

    public ShellSettings withLook(Language language, Theme theme, int fontScale) {
        return new ShellSettings(x, y, width, height, maximized, language, theme, fontScale, exportScale, lastExportDir);
    }

    public ShellSettings withExport(int exportScale, String lastExportDir) {
        return new ShellSettings(x, y, width, height, maximized, language, theme, fontScale, exportScale, lastExportDir);
    }

    private static void requireIn(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + value);
        }
    }
}
