package org.gradientlab.ui.init;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.experiment.probe.HistogramBars;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.text.Num;

/**
 * One layer's histogram: the bins over [rangeMin, rangeMax], the exact zeros as a bar of their
 * own left of the axis, the theme's band where the activation saturates, and marks for values
 * beyond the range. Bars are the theme's second series (as f(x) is beside them), the zero bar
 * its neutral line colour, text and axis its plot text.
 */
final class HistogramCanvas extends PlotCanvas {
    /** The axis labels' size relative to the plot font: 9 of its 12. */
    private static final double AXIS_FONT = 0.75;
    private static final double TOP = 4;

    private HistogramBars bars;
    private double rangeMin;
    private double rangeMax = 1;
    private double bandLow = Double.NaN;
    private double bandHigh = Double.NaN;
    private long scaleMax = 1;
    private boolean zeroBar;

    HistogramCanvas() {
        super(1);
        getStyleClass().add("histogram");
        setMinSize(60, 50);
        setPrefSize(150, 110);
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
        invalidateAll();
    }

    HistogramBars bars() {
        return bars;
    }

    /** The colour the bars are filled with. */
    Color barColour() {
        return seriesColour(1);
    }

    @Override
    protected void paintLayer(int layer, Painter g, double w, double h) {
        if (bars == null) {
            return;
        }
        Font font = plotFont(FontWeight.NORMAL, AXIS_FONT);
        int bins = bars.counts().size();
        // Left slot for the zero bar: one and a half bins wide plus a gap, only where shown.
        double slot = zeroBar ? Math.min(18, w * 0.12) : 0;
        double x0 = slot + (zeroBar ? 4 : 1);
        double x1 = w - 1;
        double plotH = h - TOP - (font.getSize() + 5);
        double base = TOP + plotH;
        double binW = (x1 - x0) / bins;

        drawBands(g, x0, x1, plotH);
        g.setFill(barColour());
        for (int i = 0; i < bins; i++) {
            double barH = Math.min(plotH, plotH * bars.counts().get(i) / scaleMax);
            // A hair of gap between bars, as matplotlib's edges read.
            g.fillRect(x0 + i * binW + 0.25, base - barH, Math.max(0.5, binW - 0.5), barH);
        }
        if (zeroBar) {
            drawZeroBar(g, slot, plotH, base, font);
        }
        drawAxis(g, x0, x1, base, font);
        drawOverflow(g, x0, x1, font);
    }

    private void drawBands(Painter g, double x0, double x1, double plotH) {
        g.setFill(bandColour());
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
    private void drawZeroBar(Painter g, double slot, double plotH, double base, Font font) {
        double full = plotH * bars.zeros() / scaleMax;
        double barH = Math.min(plotH, full);
        g.setFill(lineColour());
        g.fillRect(1, base - barH, slot, barH);
        if (full > plotH) {
            g.setStroke(textColour());
            g.setLineWidth(1);
            double y = TOP + 6;
            g.strokeLine(0, y + 2, slot + 1, y - 2);
            g.strokeLine(0, y + 5, slot + 1, y + 1);
        }
        g.setFill(textColour());
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText("=0", 1 + slot / 2, base + 2);
    }

    private void drawAxis(Painter g, double x0, double x1, double base, Font font) {
        g.setStroke(textColour());
        g.setLineWidth(1);
        g.strokeLine(x0, base + 0.5, x1, base + 0.5);
        g.setFill(textColour());
        g.setFont(font);
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
    private void drawOverflow(Painter g, double x0, double x1, Font font) {
        g.setFill(textColour());
        g.setFont(font);
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
}
