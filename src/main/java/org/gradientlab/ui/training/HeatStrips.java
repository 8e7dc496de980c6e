package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.nn.LayerStats;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.text.Num;

/**
 * One heat strip per hidden layer, as fast.ai's "colorful dimension" plots: x the iteration,
 * y the activation value (the histogram's range, low at the bottom), colour the log share of
 * the batch's outputs in that bin ({@link LayerStats#shade}), from the plot background (no
 * output there) to the series' colour (every output there), so the strips of a series have the
 * colour of its curves. Each sampled iteration is a column reaching back to the previous sample.
 */
final class HeatStrips extends PlotCanvas {
    private static final double LEFT = 64;
    private static final double GAP = 6;
    private final List<LayerStatsRecord> records = new ArrayList<>();
    private final I18n i18n;
    private double length = 1;
    /** The value range the strips span; NaN: each record's own histogram range. */
    private double rangeMin = Double.NaN;
    private double rangeMax = Double.NaN;

    HeatStrips(I18n i18n) {
        super(1);
        this.i18n = i18n;
        getStyleClass().add("heat-strips");
        setMinSize(200, 120);
        setPrefSize(600, 260);
        i18n.whenLanguageChanges(this::invalidateAll);
    }

    /** Starts again for a run of {@code iterations} per series. */
    void begin(long iterations) {
        records.clear();
        length = Math.max(1, iterations);
        invalidateAll();
    }

    /**
     * Spans the strips over [min, max] whatever the records' histogram ranges, so that strips
     * side by side share their value axis; a histogram bin sits where its values lie in it.
     */
    void setRange(double min, double max) {
        rangeMin = min;
        rangeMax = max;
        invalidateAll();
    }

    /** The value range drawn: the shared one, else the first record's histogram range (what a test reads). */
    double[] range() {
        if (!Double.isNaN(rangeMin) || records.isEmpty()) {
            return new double[] {rangeMin, rangeMax};
        }
        LayerStats first = records.get(0).layers().get(0);
        return new double[] {first.histogramMin(), first.histogramMax()};
    }

    void add(LayerStatsRecord record) {
        records.add(record);
    }

    void refresh() {
        invalidateAll();
    }

    /** The records drawn, in order (what a test reads). */
    List<LayerStatsRecord> records() {
        return List.copyOf(records);
    }

    @Override
    protected void paintLayer(int layer, Painter p, double width, double height) {
        p.setFill(backgroundColour());
        p.fillRect(0, 0, width, height);
        p.setFont(plotFont());
        p.setFill(textColour());
        p.setTextBaseline(VPos.TOP);
        p.setTextAlign(TextAlignment.LEFT);
        double bottomText = plotFont().getSize() * 1.6;
        double plotWidth = width - LEFT - 8;
        if (records.isEmpty() || plotWidth < 20) {
            return;
        }
        int strips = (int) records.get(0).layers().stream().filter(LayerStats::hasActivations).count();
        double stripHeight = (height - bottomText - GAP * (strips - 1)) / Math.max(1, strips);
        if (stripHeight < 4) {
            return;
        }
        Color low = backgroundColour();
        Color high = seriesColour(records.get(0).seriesIndex());
        for (int s = 0; s < strips; s++) {
            double top = s * (stripHeight + GAP);
            p.setStroke(gridColour());
            p.setLineWidth(1);
            p.strokeRect(LEFT - 0.5, top - 0.5, plotWidth + 1, stripHeight + 1);
            double previous = 0;
            for (LayerStatsRecord record : records) {
                LayerStats stats = record.layers().get(s);
                double x0 = LEFT + plotWidth * previous / length;
                double x1 = LEFT + plotWidth * Math.min(length, record.iteration()) / length;
                previous = record.iteration();
                double w = Math.max(1, x1 - x0);
                // The bins' place on the strip's value axis: the whole strip, or their part of a shared range.
                double from = 0;
                double span = stripHeight;
                if (!Double.isNaN(rangeMin) && rangeMax > rangeMin) {
                    double perValue = stripHeight / (rangeMax - rangeMin);
                    from = (stats.histogramMin() - rangeMin) * perValue;
                    span = (stats.histogramMax() - stats.histogramMin()) * perValue;
                }
                double binHeight = span / stats.bins();
                for (int b = 0; b < stats.bins(); b++) {
                    double shade = stats.shade(b);
                    if (shade > 0) {
                        p.setFill(low.interpolate(high, shade));
                        p.fillRect(x0, top + stripHeight - from - (b + 1) * binHeight, w, binHeight);
                    }
                }
            }
            double[] shown = Double.isNaN(rangeMin) ? new double[] {records.get(0).layers().get(s).histogramMin(),
                records.get(0).layers().get(s).histogramMax()} : new double[] {rangeMin, rangeMax};
            p.setFill(textColour());
            p.setTextBaseline(VPos.TOP);
            p.fillText(i18n.text("training.inside.layer", s + 1), 2, top);
            if (stripHeight > 2.2 * plotFont().getSize()) {
                // The value range, when the strip is tall enough for both ends.
                p.setTextBaseline(VPos.BOTTOM);
                p.setTextAlign(TextAlignment.RIGHT);
                p.fillText(Num.format(shown[0]), LEFT - 4, top + stripHeight);
                p.setTextBaseline(VPos.TOP);
                p.fillText(Num.format(shown[1]), LEFT - 4, top);
                p.setTextAlign(TextAlignment.LEFT);
            }
        }
        double axisY = height - bottomText + 2;
        p.setFill(textColour());
        p.setTextBaseline(VPos.TOP);
        p.fillText("0", LEFT, axisY);
        p.setTextAlign(TextAlignment.CENTER);
        p.fillText(i18n.text("training.axis.iteration"), LEFT + plotWidth / 2, axisY);
        p.setTextAlign(TextAlignment.RIGHT);
        p.fillText(Num.integer((long) length), LEFT + plotWidth, axisY);
    }
}
