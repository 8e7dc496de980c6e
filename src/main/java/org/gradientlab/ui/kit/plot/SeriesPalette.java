package org.gradientlab.ui.kit.plot;

import java.util.List;

import javafx.scene.paint.Color;

/**
 * Colours for data series that colour-blind viewers can tell apart: Okabe &amp; Ito, "Color
 * Universal Design" (2008). On dark backgrounds the dark blue is swapped for the yellow, which
 * the light palette leaves out because it vanishes on white.
 */
public final class SeriesPalette {
    public static final Color ORANGE = Color.web("#E69F00");
    public static final Color SKY_BLUE = Color.web("#56B4E9");
    public static final Color BLUISH_GREEN = Color.web("#009E73");
    public static final Color YELLOW = Color.web("#F0E442");
    public static final Color BLUE = Color.web("#0072B2");
    public static final Color VERMILLION = Color.web("#D55E00");
    public static final Color REDDISH_PURPLE = Color.web("#CC79A7");

    private static final List<Color> ON_LIGHT = List.of(VERMILLION, BLUE, SKY_BLUE, BLUISH_GREEN, REDDISH_PURPLE, ORANGE);
    private static final List<Color> ON_DARK = List.of(VERMILLION, YELLOW, SKY_BLUE, BLUISH_GREEN, REDDISH_PURPLE, ORANGE);

    private SeriesPalette() {}

    /** The number of distinct series colours. */
    public static int size() {
        return ON_LIGHT.size();
    }

    /** The colour of series {@code index} (0-based, taken modulo {@link #size()}) on {@code background}. */
    public static Color colour(int index, Color background) {
        List<Color> palette = isDark(background) ? ON_DARK : ON_LIGHT;
        return palette.get(Math.floorMod(index, palette.size()));
    }

    /** Perceived brightness below one half (ITU-R BT.601 luma). */
    public static boolean isDark(Color background) {
        return 0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue() < 0.5;
    }
}
