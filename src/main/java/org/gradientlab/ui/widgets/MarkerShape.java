package org.gradientlab.ui.widgets;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/** Marker shapes, so series differ by shape as well as colour (and survive greyscale printing). */
public enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE_DOWN, DIAMOND, PLUS, TRIANGLE_UP;

    /**
     * Draws the marker centred on (x, y), {@code size} pixels across, filled with the current
     * fill and outlined with the current stroke.
     */
    public void draw(GraphicsContext gc, double x, double y, double size) {
        double r = size / 2;
        switch (this) {
            case CIRCLE -> {
                gc.fillOval(x - r, y - r, size, size);
                gc.strokeOval(x - r, y - r, size, size);
            }
            case SQUARE -> {
                double s = r * 0.9;
                gc.fillRect(x - s, y - s, 2 * s, 2 * s);
                gc.strokeRect(x - s, y - s, 2 * s, 2 * s);
            }
            case TRIANGLE_UP -> polygon(gc, new double[] {x, x + r * 1.1, x - r * 1.1},
                    new double[] {y - r * 1.15, y + r * 0.8, y + r * 0.8});
            case TRIANGLE_DOWN -> polygon(gc, new double[] {x, x + r * 1.1, x - r * 1.1},
                    new double[] {y + r * 1.15, y - r * 0.8, y - r * 0.8});
            case DIAMOND -> polygon(gc, new double[] {x, x + r * 1.2, x, x - r * 1.2},
                    new double[] {y - r * 1.2, y, y + r * 1.2, y});
            case PLUS -> {
                // Outline: the bars in the stroke colour, then narrower ones in the fill colour.
                double width = gc.getLineWidth();
                Paint stroke = gc.getStroke();
                double bar = size / 3.2;
                gc.setLineWidth(bar + 2 * width);
                plus(gc, x, y, r * 1.15 + width);
                gc.setStroke(gc.getFill());
                gc.setLineWidth(bar);
                plus(gc, x, y, r * 1.15);
                gc.setStroke(stroke);
                gc.setLineWidth(width);
            }
            default -> throw new AssertionError(this);
        }
    }

    private static void plus(GraphicsContext gc, double x, double y, double arm) {
        gc.strokeLine(x - arm, y, x + arm, y);
        gc.strokeLine(x, y - arm, x, y + arm);
    }

    private static void polygon(GraphicsContext gc, double[] xs, double[] ys) {
        gc.fillPolygon(xs, ys, xs.length);
        gc.strokePolygon(xs, ys, xs.length);
    }
}
