package org.gradientlab.ui.optimizer;

import javafx.scene.paint.Color;

import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotTransform;

/** An arrow on a trajectory plot, in pixels: a haloed shaft (solid or dashed) and a filled head. */
final class PlotArrow {
    private static final double CLIP_MARGIN = 30;

    private PlotArrow() {}

    /**
     * Draws from (x0, y0) to (x1, y1), clipped to the plot; nothing when shorter than 2 px.
     *
     * @param ink   line-width factor (grows with the plot's text)
     * @param width the shaft's width before {@code ink}
     * @return whether anything was drawn
     */
    static boolean draw(Painter gc, PlotTransform t, double x0, double y0, double x1, double y1, Color colour,
                        Color halo, boolean dashed, double ink, double width) {
        double[] s = t.clip(x0, y0, x1, y1, CLIP_MARGIN);
        if (s == null || Math.hypot(s[2] - s[0], s[3] - s[1]) < 2) {
            return false;
        }
        double angle = Math.atan2(s[3] - s[1], s[2] - s[0]);
        double head = (9 + 2 * (width - 2.2)) * ink;
        double[] hx = {s[2], s[2] - head * Math.cos(angle - 0.4), s[2] - head * Math.cos(angle + 0.4)};
        double[] hy = {s[3], s[3] - head * Math.sin(angle - 0.4), s[3] - head * Math.sin(angle + 0.4)};
        for (int pass = 0; pass < 2; pass++) {
            gc.setStroke(pass == 0 ? halo : colour);
            gc.setLineWidth((pass == 0 ? width + 2.8 : width) * ink);
            gc.setLineDashes(dashed && pass == 1 ? new double[] {6, 4} : new double[0]);
            gc.strokeLine(s[0], s[1], s[2] - 0.6 * head * Math.cos(angle), s[3] - 0.6 * head * Math.sin(angle));
        }
        gc.setLineDashes();
        gc.setFill(colour);
        gc.setStroke(halo);
        gc.setLineWidth(1);
        gc.fillPolygon(hx, hy, 3);
        gc.strokePolygon(hx, hy, 3);
        return true;
    }
}
