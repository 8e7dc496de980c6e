package org.gradientlab.ui.init;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.experiment.probe.ActivationCurve;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.text.Num;

/**
 * f(x) and f'(x) of the chosen activation on [−{@link #X_RANGE}, {@link #X_RANGE}], the
 * derivative dashed, with the x where the slope is under 0.05 shaded: inputs that land there
 * pass almost no gradient back (saturation). f and f' take the theme's second and first series,
 * as on the activations page. Not the kit's curve figure ({@code ui.kit.plot.CurvePlot}): this one
 * has no axes, legend or pointer to read, only the two curves over the shaded flat stretches.
 */
final class ActivationPlot extends PlotCanvas {
    static final double X_RANGE = 6;
    private static final double FLAT_SLOPE = 0.05;
    private static final double PAD = 14;
    /** Tick labels 9 and the legend 11 of the plot font's 12. */
    private static final double TICK_FONT = 0.75;
    private static final double LEGEND_FONT = 11 / 12.0;

    private ActivationCurve curve;

    ActivationPlot() {
        super(1);
        getStyleClass().add("init-activation-plot");
        // The curve keeps its size: the explanation beside it takes what is left.
        setMinSize(230, 150);
        setPrefSize(230, 150);
    }

    void show(ActivationCurve value) {
        curve = value;
        invalidateAll();
    }

    @Override
    protected void paintLayer(int layer, Painter g, double w, double h) {
        if (curve == null) {
            return;
        }
        double[] x = curve.x();
        double yMin = 0;
        double yMax = 1;
        for (int i = 0; i < x.length; i++) {
            yMin = Math.min(yMin, Math.min(curve.value()[i], curve.slope()[i]));
            yMax = Math.max(yMax, Math.max(curve.value()[i], curve.slope()[i]));
        }
        double span = yMax - yMin;
        double bottom = yMin - 0.08 * span;
        double top = yMax + 0.08 * span;
        double left = PAD;
        double right = w - 4;
        double plotTop = 4;
        double plotBottom = h - PAD;
        double sx = (right - left) / (x[x.length - 1] - x[0]);
        double sy = (plotBottom - plotTop) / (top - bottom);

        g.setFill(bandColour());
        // One rectangle a flat stretch: per-sample slivers would overlap and stripe a translucent band.
        for (int i = 0; i < x.length - 1; i++) {
            if (Math.abs(curve.slope()[i]) < FLAT_SLOPE) {
                int from = i;
                while (i + 1 < x.length - 1 && Math.abs(curve.slope()[i + 1]) < FLAT_SLOPE) {
                    i++;
                }
                g.fillRect(left + (x[from] - x[0]) * sx, plotTop, (x[i + 1] - x[from]) * sx, plotBottom - plotTop);
            }
        }
        g.setStroke(textColour());
        g.setLineWidth(0.8);
        double yZero = plotBottom - (0 - bottom) * sy;
        double xZero = left + (0 - x[0]) * sx;
        g.strokeLine(left, yZero, right, yZero);
        g.strokeLine(xZero, plotTop, xZero, plotBottom);
        g.setFill(textColour());
        g.setFont(plotFont(FontWeight.NORMAL, TICK_FONT));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(Num.format(x[0], 2), left + 6, plotBottom + 2);
        g.fillText(Num.format(x[x.length - 1], 2), right - 6, plotBottom + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("1", left - 2, plotBottom - (1 - bottom) * sy);

        Color valueColour = seriesColour(1);
        Color slopeColour = seriesColour(0);
        line(g, x, curve.value(), valueColour, false, left, plotBottom, sx, sy, bottom);
        line(g, x, curve.slope(), slopeColour, true, left, plotBottom, sx, sy, bottom);

        g.setFont(plotFont(FontWeight.NORMAL, LEGEND_FONT));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(valueColour);
        g.fillText("f(x)", left + 4, plotTop);
        g.setFill(slopeColour);
        g.fillText("f′(x)", left + 4, plotTop + 14);
    }

    private static void line(Painter g, double[] x, double[] y, Color colour, boolean dashed,
                             double left, double plotBottom, double sx, double sy, double bottom) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.setLineDashes(dashed ? new double[] {5, 3} : new double[0]);
        g.beginPath();
        for (int i = 0; i < x.length; i++) {
            double px = left + (x[i] - x[0]) * sx;
            double py = plotBottom - (y[i] - bottom) * sy;
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        g.setLineDashes();
    }
}
