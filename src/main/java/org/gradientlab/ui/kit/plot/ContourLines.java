package org.gradientlab.ui.kit.plot;

import javafx.scene.paint.Color;

/** Contour lines as the core's marching squares gives them (x1, y1, x2, y2 per segment), drawn on a plot. */
public final class ContourLines {
    private ContourLines() {}

    /** Strokes every level's segments in {@code colour}, thin, one path per level. */
    public static void stroke(Painter gc, PlotTransform t, double[][] levels, Color colour) {
        gc.setStroke(colour);
        gc.setLineWidth(0.8);
        for (double[] segments : levels) {
            gc.beginPath();
            for (int i = 0; i < segments.length; i += 4) {
                gc.moveTo(t.pixelX(segments[i]), t.pixelY(segments[i + 1]));
                gc.lineTo(t.pixelX(segments[i + 2]), t.pixelY(segments[i + 3]));
            }
            gc.stroke();
        }
    }
}
