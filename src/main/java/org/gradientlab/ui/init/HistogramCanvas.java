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

import org.gradientlab.core.experiment.probe.HistogramBars;
import org.gradientlab.ui.kit.text.Num;

/**
 * One layer's histogram on a Canvas: the bins over [rangeMin, rangeMax], the exact zeros as a
 * bar of their own left of the axis, light bands where the activation saturates, and marks for
 * values beyond the range. Colours come from CSS (-init-bar-color and friends in init-lab.css,
 * built on Modena's looked-up colours), so every theme applies.
 */
final class HistogramCanvas extends DensityCanvas {
    private static final StyleablePropertyFactory<HistogramCanvas> CSS =
            new StyleablePropertyFactory<>(DensityCanvas.getClassCssMetaData());
    private static final double AXIS_FONT = 9;
    private static final double TOP = 4;
    private static final double BOTTOM = AXIS_FONT + 5;

    private final StyleableObjectProperty<Color> barColor =
            (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "barColor", "-init-bar-color", c -> c.barColor, Color.STEELBLUE);
    private final StyleableObjectProperty<Color> zeroColor =
            (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "zeroColor", "-init-zero-color", c -> c.zeroColor, Color.GRAY);

    private HistogramBars bars;
    private double rangeMin;
    private double rangeMax = 1;
    private double bandLow = Double.NaN;
    private double bandHigh = Double.NaN;
    private long scaleMax = 1;
    private boolean zeroBar;

    HistogramCanvas() {
        super(150, 110, 60, 50);
        getStyleClass().add("histogram");
        redrawOnChange(List.of(barColor, zeroColor));
    }

    /**
     * What to draw. {@code scaleMax}: the count at the top of the plot (shared across layers or
     * this layer's own); {@code zeroBar}: show the exact zeros beside the axis; bands: the
     * saturation zones [rangeMin, bandLow] and [bandHigh, rangeMax], NaN for none.
     */
    void show(HistogramBars value, double min, double max, double low, double high, long top, boolean zeros) {
        bars = value;
        rangeMin = min;
        rangeMax = max;
        bandLow = low;
        bandHigh = high;
        scaleMax = Math.max(1, top);
        zeroBar = zeros;
        redraw();
    }

    HistogramBars bars() {
        return bars;
    }

    @Override
    void paint(GraphicsContext g, double w, double h) {
        if (bars == null) {
            return;
        }
        int bins = bars.counts().size();
        // Left slot for the zero bar: one and a half bins wide plus a gap, only where shown.
        double slot = zeroBar ? Math.min(18, w * 0.12) : 0;
        double x0 = slot + (zeroBar ? 4 : 1);
        double x1 = w - 1;
        double plotH = h - TOP - BOTTOM;
        double base = TOP + plotH;
        double binW = (x1 - x0) / bins;

        drawBands(g, x0, x1, plotH);
        g.setFill(barColor.get());
        for (int i = 0; i < bins; i++) {
            double barH = Math.min(plotH, plotH * bars.counts().get(i) / scaleMax);
            // A hair of gap between bars, as matplotlib's edges read.
            g.fillRect(x0 + i * binW + 0.25, base - barH, Math.max(0.5, binW - 0.5), barH);
        }
        if (zeroBar) {
            drawZeroBar(g, slot, plotH, base);
        }
        drawAxis(g, x0, x1, base, h);
        drawOverflow(g, x0, x1, base);
    }

    private void drawBands(GraphicsContext g, double x0, double x1, double plotH) {
        g.setFill(bandColor.get());
        double perUnit = (x1 - x0) / (rangeMax - rangeMin);
        if (!Double.isNaN(bandLow) && bandLow > rangeMin) {
            g.fillRect(x0, TOP, (bandLow - rangeMin) * perUnit, plotH);
        }
        if (!Double.isNaN(bandHigh) && bandHigh < rangeMax) {
            double from = x0 + (bandHigh - rangeMin) * perUnit;
            g.fillRect(from, TOP, x1 - from, plotH);
        }
    }

    /** The exact zeros, clipped at the top with a break when taller than the plot. */
    private void drawZeroBar(GraphicsContext g, double slot, double plotH, double base) {
        double full = plotH * bars.zeros() / scaleMax;
        double barH = Math.min(plotH, full);
        g.setFill(zeroColor.get());
        g.fillRect(1, base - barH, slot, barH);
        if (full > plotH) {
            g.setStroke(axisColor.get());
            g.setLineWidth(1);
            double y = TOP + 6;
            g.strokeLine(0, y + 2, slot + 1, y - 2);
            g.strokeLine(0, y + 5, slot + 1, y + 1);
        }
        g.setFill(axisColor.get());
        g.setFont(Font.font(AXIS_FONT));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText("=0", 1 + slot / 2, base + 2);
    }

    private void drawAxis(GraphicsContext g, double x0, double x1, double base, double h) {
        g.setStroke(axisColor.get());
        g.setLineWidth(1);
        g.strokeLine(x0, base + 0.5, x1, base + 0.5);
        g.setFill(axisColor.get());
        g.setFont(Font.font(AXIS_FONT));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        if (!(zeroBar && rangeMin == 0)) {
            // Beside the zero bar's "=0" a second 0 would only crowd the corner.
            g.fillText(Num.format(rangeMin, 2), x0, base + 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Num.format(rangeMax, 2), x1, base + 2);
        if (rangeMin < 0 && rangeMax > 0) {
            double zero = x0 + (0 - rangeMin) * (x1 - x0) / (rangeMax - rangeMin);
            g.strokeLine(zero + 0.5, base, zero + 0.5, base + 3);
        }
    }

    /** A small arrow at the side where values fall beyond the range, with their share. */
    private void drawOverflow(GraphicsContext g, double x0, double x1, double base) {
        g.setFill(axisColor.get());
        g.setFont(Font.font(AXIS_FONT));
        g.setTextBaseline(VPos.TOP);
        if (bars.above() > 0) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Num.percent(bars.above() / (double) bars.total()) + " →", x1, TOP);
        }
        if (bars.below() > 0) {
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("← " + Num.percent(bars.below() / (double) bars.total()), x0, TOP);
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
