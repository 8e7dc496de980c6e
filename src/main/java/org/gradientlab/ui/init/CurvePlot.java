package org.gradientlab.ui.init;

import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.experiment.probe.ActivationCurve;
import org.gradientlab.ui.kit.text.Num;

/**
 * f(x) and f'(x) of the chosen activation on [−{@link #X_RANGE}, {@link #X_RANGE}], the
 * derivative dashed, with the x where the slope is under 0.05 shaded: inputs that land there
 * pass almost no gradient back (saturation).
 */
final class CurvePlot extends DensityCanvas {
    static final double X_RANGE = 6;
    private static final double FLAT_SLOPE = 0.05;
    private static final double PAD = 14;
    private static final StyleablePropertyFactory<CurvePlot> CSS =
            new StyleablePropertyFactory<>(DensityCanvas.getClassCssMetaData());

    private final StyleableObjectProperty<Color> valueColor =
            (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "valueColor", "-init-curve-color", c -> c.valueColor, Color.STEELBLUE);
    private final StyleableObjectProperty<Color> slopeColor =
            (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "slopeColor", "-init-slope-color", c -> c.slopeColor, Color.DARKORANGE);
    private ActivationCurve curve;

    CurvePlot() {
        // The curve keeps its size: the explanation beside it takes what is left.
        super(230, 150, 230, 150);
        getStyleClass().add("curve-plot");
        redrawOnChange(List.of(valueColor, slopeColor));
    }

    void show(ActivationCurve value) {
        curve = value;
        redraw();
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
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

        g.setFill(bandColor.get());
        for (int i = 0; i < x.length - 1; i++) {
            if (Math.abs(curve.slope()[i]) < FLAT_SLOPE) {
                g.fillRect(left + (x[i] - x[0]) * sx, plotTop, (x[i + 1] - x[i]) * sx + 0.5, plotBottom - plotTop);
            }
        }
        g.setStroke(axisColor.get());
        g.setLineWidth(0.8);
        double yZero = plotBottom - (0 - bottom) * sy;
        double xZero = left + (0 - x[0]) * sx;
        g.strokeLine(left, yZero, right, yZero);
        g.strokeLine(xZero, plotTop, xZero, plotBottom);
        g.setFill(axisColor.get());
        g.setFont(Font.font(9));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(Num.format(x[0], 2), left + 6, plotBottom + 2);
        g.fillText(Num.format(x[x.length - 1], 2), right - 6, plotBottom + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("1", left - 2, plotBottom - (1 - bottom) * sy);

        line(g, x, curve.value(), valueColor.get(), false, left, plotBottom, sx, sy, bottom);
        line(g, x, curve.slope(), slopeColor.get(), true, left, plotBottom, sx, sy, bottom);

        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(valueColor.get());
        g.fillText("f(x)", left + 4, plotTop);
        g.setFill(slopeColor.get());
        g.fillText("f′(x)", left + 4, plotTop + 14);
    }

    private static void line(GraphicsContext g, double[] x, double[] y, Color colour, boolean dashed,
                             double left, double plotBottom, double sx, double sy, double bottom) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.setLineDashes(dashed ? new double[] {5, 3} : null);
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
        g.setLineDashes((double[]) null);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
