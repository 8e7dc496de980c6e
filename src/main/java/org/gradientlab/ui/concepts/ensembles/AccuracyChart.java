package org.gradientlab.ui.concepts.ensembles;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.widgets.MarkerShape;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotTransform;
import org.gradientlab.ui.kit.plot.Ticks;

/**
 * What the page's two accuracy plots share: test accuracy in per cent on y, a y range that fits
 * the data (differences of a tenth of a point must show), a legend row and a hint while empty.
 */
abstract class AccuracyChart extends PlotCanvas {
    static final double LEFT = 52;
    static final double RIGHT = 14;
    static final double TOP = 44;
    static final double BOTTOM = 40;

    /** One legend entry: a marker, a solid line or a dashed line in {@code colour}. */
    record Key(String text, Color colour, MarkerShape marker, boolean dashed) {}

    private String emptyText = "";
    private List<String> legend = List.of("", "", "");
    private String xName = "";
    private String yName = "";

    AccuracyChart() {
        super(1);
        getStyleClass().add("accuracy-chart");
        setMinSize(260, 200);
        setPrefSize(560, 300);
    }

    /** The text shown while there is nothing to plot. */
    final void setEmptyText(String text) {
        emptyText = text;
        invalidateAll();
    }

    /** The three legend entries' texts and the axis names. */
    final void setTexts(String first, String second, String third, String x, String y) {
        legend = List.of(first, second, third);
        xName = x;
        yName = y;
        invalidateAll();
    }

    final List<String> legend() {
        return legend;
    }

    final String xName() {
        return xName;
    }

    final String yName() {
        return yName;
    }

    final void paintEmpty(Painter gc, double width, double height) {
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        gc.setFill(textColour());
        gc.setFont(plotFont());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(emptyText, width / 2, height / 2);
    }

    /**
     * The transform of x in [xMin, xMax] and accuracies (shares in [0, 1]) shown in per cent
     * from a little under the lowest to a little over the highest, at round tick values.
     */
    static PlotTransform transform(double xMin, double xMax, List<Double> accuracies, double width, double height) {
        double low = accuracies.stream().mapToDouble(Double::doubleValue).min().orElse(0) * 100;
        double high = accuracies.stream().mapToDouble(Double::doubleValue).max().orElse(1) * 100;
        double span = Math.max(high - low, 0.5);
        double step = Ticks.step(low - 0.15 * span, high + 0.15 * span, 5);
        double yMin = Math.max(0, Math.floor((low - 0.15 * span) / step) * step);
        double yMax = Math.min(100, Math.ceil((high + 0.15 * span) / step) * step);
        if (yMax <= yMin) {
            yMax = yMin + step;
        }
        return new PlotTransform(new ViewRect(xMin, xMax, yMin, yMax), LEFT, TOP,
                Math.max(1, width - LEFT - RIGHT), Math.max(1, height - TOP - BOTTOM));
    }

    /** The legend in one row above the plot area. */
    final void paintLegend(Painter gc, List<Key> keys) {
        gc.setFont(plotFont());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = LEFT;
        double y = 12;
        for (Key key : keys) {
            gc.setStroke(key.colour());
            gc.setFill(key.colour());
            gc.setLineWidth(2);
            if (key.marker() != null) {
                gc.setStroke(backgroundColour());
                gc.setLineWidth(1);
                marker(gc, key.marker(), x + 9, y, 8);
            } else {
                gc.setLineDashes(key.dashed() ? new double[] {6, 4} : new double[0]);
                gc.strokeLine(x, y, x + 18, y);
                gc.setLineDashes();
            }
            gc.setFill(textColour());
            gc.fillText(key.text(), x + 24, y);
            x += 24 + textWidth(key.text()) + 18;
        }
    }

    /** A horizontal dashed line at accuracy {@code share} across the plot area. */
    static void paintLevel(Painter gc, PlotTransform t, double share, Color colour) {
        double y = t.pixelY(share * 100);
        gc.setStroke(colour);
        gc.setLineWidth(2);
        gc.setLineDashes(6, 4);
        gc.strokeLine(t.left(), y, t.left() + t.width(), y);
        gc.setLineDashes();
    }

    /** Accuracies (shares) at x = 1, 2, … joined by a line. */
    static void paintLine(Painter gc, PlotTransform t, List<Double> accuracies, Color colour) {
        gc.setStroke(colour);
        gc.setLineWidth(2.5);
        gc.beginPath();
        for (int i = 0; i < accuracies.size(); i++) {
            double x = t.pixelX(i + 1);
            double y = t.pixelY(accuracies.get(i) * 100);
            if (i == 0) {
                gc.moveTo(x, y);
            } else {
                gc.lineTo(x, y);
            }
        }
        gc.stroke();
    }

    private double textWidth(String text) {
        return Painter.textWidth(text, plotFont());
    }

    /**
     * A legend's or a point's marker through the drawing interface: filled with the current fill,
     * outlined with the current stroke. The page uses circles and squares only.
     */
    static void marker(Painter gc, MarkerShape shape, double x, double y, double size) {
        double r = size / 2;
        if (shape == MarkerShape.SQUARE) {
            double s = r * 0.9;
            gc.fillRect(x - s, y - s, 2 * s, 2 * s);
            gc.strokeRect(x - s, y - s, 2 * s, 2 * s);
        } else {
            gc.fillOval(x - r, y - r, size, size);
            gc.strokeOval(x - r, y - r, size, size);
        }
    }
}
