package org.gradientlab.ui.kit.plot;

import javafx.scene.paint.Color;

/**
 * How a curve of {@link CurvePlot} is drawn. The book's loss plots put a faint raw line under a
 * bold smoothed one; test accuracy is dashed beside the solid train accuracy; a reference level
 * is dotted; measured data without a line between them are points.
 */
public enum CurveStroke {
    PLAIN(1.6, 1),
    FAINT(1, 0.3),
    BOLD(2.6, 1),
    DASHED(1.6, 1, 6, 4),
    DOTTED(1, 1, 2, 3),
    /** A dot per point, no line: data a curve is fitted to. */
    POINTS(5, 0.55);

    private final double width;
    private final double opacity;
    private final double[] dashes;

    CurveStroke(double width, double opacity, double... dashes) {
        this.width = width;
        this.opacity = opacity;
        this.dashes = dashes;
    }

    /** The line width, or a point's diameter. */
    public double width() {
        return width;
    }

    /** Sets {@code painter}'s stroke, fill, width and dashes to draw this stroke in {@code colour}. */
    public void apply(Painter painter, Color colour) {
        Color shown = opacity < 1 ? colour.deriveColor(0, 1, 1, opacity) : colour;
        painter.setStroke(shown);
        painter.setFill(shown);
        painter.setLineWidth(this == POINTS ? 1 : width);
        painter.setLineDashes(dashes);
    }
}
