package org.gradientlab.ui.concepts.landscape;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.experiment.landscape.GridSurface;
import org.gradientlab.core.experiment.landscape.LandscapeResult;
import org.gradientlab.core.experiment.landscape.SliceScale;
import org.gradientlab.core.surface.ContourGrid;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.kit.plot.ContourLines;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.PlotTransform;

/**
 * The 2-D slice: the loss around the final weights as filled contours (low loss in the theme's
 * low fill colour), their lines, and the training path projected onto the slice, from its start
 * (a ring) to the final weights at the centre (a dot). Drawn through {@link Painter}, one layer.
 */
final class SliceChart extends PlotCanvas {
    /** Levels spaced evenly in log(loss − min) over this many decades, as the optimizer lab's map. */
    private static final int LEVELS = 13;
    private static final double DECADES = 3;
    /** Samples per measured cell along each axis: the bilinear surface between them. */
    private static final int REFINE = 4;
    private static final double LEFT = 56;
    private static final double TOP = 24;
    private static final double RIGHT = 12;
    private static final double BOTTOM = 40;

    private LandscapeResult result;
    private SliceScale scale;
    private int pathColour;
    private ContourGrid contours;
    private double[] levels;
    private double[][] lines;
    private String xName = "";
    private String yName = "";
    private String emptyText = "";

    SliceChart() {
        super(1);
        setId("landscape-slice-chart");
        getStyleClass().add("landscape-chart");
        setMinSize(200, 160);
        setPrefSize(460, 360);
    }

    /** The slice alone, on its own extent and levels. */
    void show(LandscapeResult value) {
        show(value, value == null ? null : SliceScale.of(java.util.List.of(value.grid())));
    }

    /** The slice on {@code shared} extent and levels (slices side by side), its path in series colour {@code colour}. */
    void show(LandscapeResult value, SliceScale shared, int colour) {
        pathColour = colour;
        show(value, shared);
    }

    private void show(LandscapeResult value, SliceScale shared) {
        result = value;
        contours = null;
        scale = shared;
        if (value != null) {
            int n = (value.grid().xs().length - 1) * REFINE + 1;
            GridSurface surface = new GridSurface(value.grid());
            contours = ContourGrid.sample(surface, surface.view(), n, n);
            levels = shared.logLevels(LEVELS, DECADES);
            lines = new double[levels.length][];
            for (int i = 0; i < levels.length; i++) {
                lines[i] = contours.segments(levels[i]);
            }
        }
        invalidateAll();
    }

    void setTexts(String x, String y, String empty) {
        xName = x;
        yName = y;
        emptyText = empty;
        invalidateAll();
    }

    /** The levels the bands and rings are drawn at, for tests: none before a result. */
    double[] levels() {
        return result == null ? new double[0] : levels.clone();
    }

    /** Contour levels drawn, for tests: none before a result. */
    int levelCount() {
        return levels == null || result == null ? 0 : levels.length;
    }

    @Override
    protected void paintLayer(int layer, Painter gc, double width, double height) {
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        if (result == null) {
            gc.setFill(textColour());
            gc.setFont(plotFont());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(emptyText, width / 2, height / 2);
            return;
        }
        PlotTransform t = new PlotTransform(scale.view(), LEFT, TOP, Math.max(1, width - LEFT - RIGHT),
                Math.max(1, height - TOP - BOTTOM));
        paintBands(gc, t);
        ContourLines.stroke(gc, t, lines, lineColour());
        Axes.paint(gc, t, textColour(), gridColour(), plotFont(), xName, yName);
        // A path that leaves the slice (a random one reaches only ±span) is cut at its frame.
        gc.save();
        gc.beginPath();
        gc.rect(t.left(), t.top(), t.width(), t.height());
        gc.clip();
        paintPath(gc, t);
        gc.restore();
    }

    /**
     * One rectangle per sample, centred on it, in its band's colour, within the grid's extent (a
     * shared extent may be wider); a missing loss stays background.
     */
    private void paintBands(Painter gc, PlotTransform t) {
        int columns = contours.columns();
        int rows = contours.rows();
        double left = t.pixelX(contours.x(0));
        double right = t.pixelX(contours.x(columns - 1));
        double top = Math.min(t.pixelY(contours.y(0)), t.pixelY(contours.y(rows - 1)));
        double bottom = Math.max(t.pixelY(contours.y(0)), t.pixelY(contours.y(rows - 1)));
        double cellWidth = (right - left) / (columns - 1);
        double cellHeight = (bottom - top) / (rows - 1);
        Color low = fillLowColour();
        Color high = fillHighColour();
        Color[] bands = new Color[levels.length + 1];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = low.interpolate(high, bands.length == 1 ? 1 : b / (double) (bands.length - 1));
        }
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double f = contours.value(column, row);
                if (Double.isNaN(f)) {
                    continue;
                }
                gc.setFill(bands[ContourGrid.band(levels, f)]);
                double x = Math.max(left, t.pixelX(contours.x(column)) - cellWidth / 2);
                double y = Math.max(top, t.pixelY(contours.y(row)) - cellHeight / 2);
                double cellRight = Math.min(right, t.pixelX(contours.x(column)) + cellWidth / 2);
                double cellBottom = Math.min(bottom, t.pixelY(contours.y(row)) + cellHeight / 2);
                // A hair wider, so neighbouring cells leave no seam when the canvas antialiases.
                gc.fillRect(x, y, cellRight - x + 0.5, cellBottom - y + 0.5);
            }
        }
    }

    private void paintPath(Painter gc, PlotTransform t) {
        LandscapeResult.Path path = result.path();
        int n = path.xs().length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = t.pixelX(path.xs()[i]);
            py[i] = t.pixelY(path.ys()[i]);
        }
        Color colour = seriesColour(pathColour);
        gc.setStroke(colour);
        gc.setLineWidth(2);
        gc.strokePolyline(px, py, n);
        gc.setFill(colour);
        for (int i = 1; i < n - 1; i++) {
            gc.fillOval(px[i] - 1.8, py[i] - 1.8, 3.6, 3.6);
        }
        gc.setLineWidth(2);
        gc.setFill(backgroundColour());
        gc.fillOval(px[0] - 5, py[0] - 5, 10, 10);
        gc.strokeOval(px[0] - 5, py[0] - 5, 10, 10);
        gc.setFill(colour);
        gc.fillOval(px[n - 1] - 5, py[n - 1] - 5, 10, 10);
    }
}
