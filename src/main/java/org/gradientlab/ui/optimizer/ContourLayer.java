package org.gradientlab.ui.optimizer;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.gradientlab.core.surface.ContourGrid;
import org.gradientlab.core.surface.Surface;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.kit.plot.ContourLines;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotTransform;

/**
 * The filled contour map of a surface: the core samples it and finds the lines; this turns
 * bands into colours and lines into strokes. Keeps the last grid while view, surface and size
 * stay, so repainting for a theme costs no sampling.
 */
final class ContourLayer {
    /** Levels spaced evenly in log(f − min) over this many decades below the range. */
    static final int LEVELS = 13;
    static final double DECADES = 3;
    /** One sample per this many layout pixels; lines are straight between samples. */
    private static final double PIXELS_PER_SAMPLE = 2;

    private Surface surface;
    private ViewRect view;
    private int columns;
    private int rows;
    private ContourGrid grid;
    private double[] levels;
    private double[][] lines;

    /** Fills the plot area of {@code t} with the bands of {@code s} and strokes their borders. */
    void paint(Painter gc, Surface s, PlotTransform t, Color low, Color high, Color line) {
        int wantColumns = Math.max(ContourGrid.MIN_SIDE, (int) Math.ceil(t.width() / PIXELS_PER_SAMPLE) + 1);
        int wantRows = Math.max(ContourGrid.MIN_SIDE, (int) Math.ceil(t.height() / PIXELS_PER_SAMPLE) + 1);
        if (s != surface || !t.view().equals(view) || wantColumns != columns || wantRows != rows) {
            surface = s;
            view = t.view();
            columns = wantColumns;
            rows = wantRows;
            grid = ContourGrid.sample(s, view, columns, rows);
            levels = grid.logLevels(LEVELS, DECADES);
            lines = new double[levels.length][];
            for (int i = 0; i < levels.length; i++) {
                lines[i] = grid.segments(levels[i]);
            }
        }
        gc.drawImage(fill(low, high), t.left(), t.top(), t.width(), t.height());
        ContourLines.stroke(gc, t, lines, line);
    }

    /** One pixel per sample, row 0 (yMin) at the bottom; the canvas smooths it when scaling up. */
    private WritableImage fill(Color low, Color high) {
        int[] bands = new int[levels.length + 1];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = argb(bandColour(low, high, b, bands.length));
        }
        int[] pixels = new int[columns * rows];
        for (int row = 0; row < rows; row++) {
            int line = (rows - 1 - row) * columns;
            for (int column = 0; column < columns; column++) {
                double f = grid.value(column, row);
                pixels[line + column] = Double.isNaN(f) ? 0 : bands[ContourGrid.band(levels, f)];
            }
        }
        WritableImage image = new WritableImage(columns, rows);
        image.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbInstance(), pixels, 0, columns);
        return image;
    }

    /** The fill of band {@code band} of {@code count}: from low (band 0) to high (the last). */
    static Color bandColour(Color low, Color high, int band, int count) {
        return low.interpolate(high, count == 1 ? 1 : band / (double) (count - 1));
    }

    static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
