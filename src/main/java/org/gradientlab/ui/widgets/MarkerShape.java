package org.gradientlab.ui.widgets;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.gradientlab.ui.kit.plot.CanvasPainter;
import org.gradientlab.ui.kit.plot.Painter;

/** Marker shapes, so series differ by shape as well as colour (and survive greyscale printing). */
public enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE_DOWN, DIAMOND, PLUS, TRIANGLE_UP;

    /**
     * Draws the marker centred on (x, y), {@code size} pixels across, filled with the current
     * fill and outlined with the current stroke: the canvas-only form the curve charts still use.
     */
    public void draw(GraphicsContext gc, double x, double y, double size) {
        draw(new CanvasPainter(gc), x, y, size, (Color) gc.getFill(), (Color) gc.getStroke(), gc.getLineWidth());
    }

    /**
     * Draws the marker centred on (x, y), {@code size} pixels across, filled with {@code fill}
     * and outlined {@code outlineWidth} wide in {@code outline}. The colours are arguments, not
     * the painter's state: a painter only takes state, and the plus needs both colours twice.
     */
    public void draw(Painter p, double x, double y, double size, Color fill, Color outline, double outlineWidth) {
        double r = size / 2;
        p.setFill(fill);
        p.setStroke(outline);
        p.setLineWidth(outlineWidth);
        switch (this) {
            case CIRCLE -> {
                p.fillOval(x - r, y - r, size, size);
                p.strokeOval(x - r, y - r, size, size);
            }
            case SQUARE -> {
                double s = r * 0.9;
                p.fillRect(x - s, y - s, 2 * s, 2 * s);
                p.strokeRect(x - s, y - s, 2 * s, 2 * s);
            }
            case TRIANGLE_UP -> polygon(p, new double[] {x, x + r * 1.1, x - r * 1.1},
                    new double[] {y - r * 1.15, y + r * 0.8, y + r * 0.8});
            case TRIANGLE_DOWN -> polygon(p, new double[] {x, x + r * 1.1, x - r * 1.1},
                    new double[] {y + r * 1.15, y - r * 0.8, y - r * 0.8});
            case DIAMOND -> polygon(p, new double[] {x, x + r * 1.2, x, x - r * 1.2},
                    new double[] {y - r * 1.2, y, y + r * 1.2, y});
            case PLUS -> {
                // Outline: the bars in the outline colour, then narrower ones in the fill colour.
                double bar = size / 3.2;
                p.setLineWidth(bar + 2 * outlineWidth);
                plus(p, x, y, r * 1.15 + outlineWidth);
                p.setStroke(fill);
                p.setLineWidth(bar);
                plus(p, x, y, r * 1.15);
                p.setStroke(outline);
                p.setLineWidth(outlineWidth);
            }
            default -> throw new AssertionError(this);
        }
    }

    private static void plus(Painter p, double x, double y, double arm) {
        p.strokeLine(x - arm, y, x + arm, y);
        p.strokeLine(x, y - arm, x, y + arm);
    }

    private static void polygon(Painter p, double[] xs, double[] ys) {
        p.fillPolygon(xs, ys, xs.length);
        p.strokePolygon(xs, ys, xs.length);
    }
}
