package org.gradientlab.ui.kit.plot;

import java.util.function.DoubleFunction;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Frame, grid lines, ticks and tick labels around a plot area, drawn on a canvas. */
public final class Axes {
    private static final double TICK = 4;

    private Axes() {}

    /**
     * Draws grid lines in {@code grid} and the frame, ticks and labels in {@code text}, with
     * x ticks below the area and y ticks left of it, through the drawing interface (screen or
     * vector file). {@code xName} and {@code yName} label the axes' ends; either may be empty.
     */
    public static void paint(Painter gc, PlotTransform t, Color text, Color grid, Font font,
                             String xName, String yName) {
        paint(gc, t, text, grid, font, xName, yName, Double.NaN, Double.NaN, null);
    }

    /**
     * As above with chosen tick steps (NaN: about one tick per 70 px across, 45 px up) and y
     * labels ({@code yLabel} null: plain numbers; a log₁₀ axis writes 10^k).
     */
    public static void paint(Painter gc, PlotTransform t, Color text, Color grid, Font font, String xName,
                             String yName, double xTick, double yTick, DoubleFunction<String> yLabel) {
        paint(gc, t, text, grid, font, xName, yName, xTick, yTick, null, yLabel);
    }

    /** As above with x labels too ({@code xLabel} null: plain numbers), e.g. two log₁₀ axes. */
    public static void paint(Painter gc, PlotTransform t, Color text, Color grid, Font font, String xName,
                             String yName, double xTick, double yTick, DoubleFunction<String> xLabel,
                             DoubleFunction<String> yLabel) {
        double right = t.left() + t.width();
        double bottom = t.top() + t.height();
        var view = t.view();
        // Larger text (font scale, presentation mode) spaces the ticks out: labels never overlap.
        double em = Math.max(1, font.getSize() / 12);
        double xStep = xTick > 0 ? xTick : Ticks.step(view.xMin(), view.xMax(), (int) Math.max(2, t.width() / (70 * em)));
        double yStep = yTick > 0 ? yTick : Ticks.step(view.yMin(), view.yMax(), (int) Math.max(2, t.height() / (45 * em)));
        double yRange = view.yMax() - view.yMin();
        if (yTick > 0 && yRange > 0 && t.height() * yStep / yRange < font.getSize() * 1.2) {
            // A chosen step too dense for the text: a coarser one that leaves a line of text between labels.
            yStep = Ticks.step(view.yMin(), view.yMax(), (int) Math.max(1, t.height() / (font.getSize() * 2.4)));
        }
        double[] xs = Ticks.values(view.xMin(), view.xMax(), xStep);
        double[] ys = Ticks.values(view.yMin(), view.yMax(), yStep);

        gc.setLineWidth(1);
        gc.setStroke(grid);
        for (double x : xs) {
            double px = crisp(t.pixelX(x));
            gc.strokeLine(px, t.top(), px, bottom);
        }
        for (double y : ys) {
            double py = crisp(t.pixelY(y));
            gc.strokeLine(t.left(), py, right, py);
        }

        gc.setStroke(text);
        gc.strokeRect(crisp(t.left()), crisp(t.top()), Math.round(t.width()), Math.round(t.height()));
        gc.setFill(text);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double x : xs) {
            double px = crisp(t.pixelX(x));
            gc.strokeLine(px, bottom, px, bottom + TICK);
            gc.fillText(xLabel != null ? xLabel.apply(x) : Ticks.label(x, xStep), px, bottom + TICK + 1);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double y : ys) {
            double py = crisp(t.pixelY(y));
            gc.strokeLine(t.left() - TICK, py, t.left(), py);
            gc.fillText(yLabel != null ? yLabel.apply(y) : Ticks.label(y, yStep), t.left() - TICK - 2, py);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(xName, right, bottom + TICK + 1 + font.getSize() * 1.3);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(yName, t.left() + 3, t.top() - 2);
    }

    /**
     * The height under the plot area that the x tick labels and the x axis' name take in
     * {@code font}: a figure leaves at least this much, or large text (font scale, presentation
     * mode) pushes the name off its bottom edge.
     */
    public static double roomBelow(Font font) {
        return tickRoomBelow(font) + font.getSize() * 1.3;
    }

    /** The height under the plot area that the x tick labels alone take in {@code font}. */
    public static double tickRoomBelow(Font font) {
        return TICK + 1 + Painter.textHeight(font) + 1;
    }

    /** The pixel centre, so a one-pixel line covers one row of pixels instead of two half rows. */
    private static double crisp(double pixel) {
        return Math.floor(pixel) + 0.5;
    }
}
