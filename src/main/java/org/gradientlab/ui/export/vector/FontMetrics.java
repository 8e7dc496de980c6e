package org.gradientlab.ui.export.vector;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A font's ascent and descent as JavaFX lays text out, so a vector file puts a baseline exactly
 * where the canvas or the label put it. Measured once per font on an unattached Text.
 */
record FontMetrics(double ascent, double descent) {
    private static final Map<Font, FontMetrics> CACHE = new ConcurrentHashMap<>();

    static FontMetrics of(Font font) {
        return CACHE.computeIfAbsent(font, f -> {
            Text probe = new Text("Hg");
            probe.setFont(f);
            probe.setTextOrigin(VPos.BASELINE);
            double ascent = -probe.getLayoutBounds().getMinY();
            return new FontMetrics(ascent, probe.getLayoutBounds().getMaxY());
        });
    }

    /** Whether the font is a bold face: its style or name says so (JavaFX has no weight getter). */
    static boolean isBold(Font font) {
        String style = (font.getStyle() + " " + font.getName()).toLowerCase(java.util.Locale.ROOT);
        return style.contains("bold") || style.contains("black") || style.contains("heavy");
    }
}
