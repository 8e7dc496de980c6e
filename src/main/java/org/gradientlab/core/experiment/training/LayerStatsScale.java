package org.gradientlab.core.experiment.training;

import java.util.List;

import org.gradientlab.core.nn.LayerStats;

/**
 * One set of axes for the per-layer statistics of several runs, so that their figures can be
 * compared side by side (issue 18): the iterations, the widest activation histogram range, and
 * whole decades (log₁₀ exponents) around every positive finite gradient norm and update ratio.
 *
 * @param iterations    the longest run's iterations per series (at least 1)
 * @param histogramMin  the lowest histogram edge of any hidden layer (0 with none)
 * @param histogramMax  the highest (1 with none)
 * @param gradientLow   log₁₀ of the gradient-norm axis' lower end, a whole number
 * @param gradientHigh  log₁₀ of its upper end, above {@code gradientLow}
 * @param ratioLow      log₁₀ of the update-ratio axis' lower end; the axis always holds the guide
 * @param ratioHigh     log₁₀ of its upper end
 */
public record LayerStatsScale(long iterations, double histogramMin, double histogramMax, int gradientLow,
                              int gradientHigh, int ratioLow, int ratioHigh) {

    /** At most this many ticks between the ends of a log axis: a small plot has room for few labels. */
    static final int MAX_TICKS = 4;

    /**
     * The shared axes of {@code runs} (each a run's records, any series), runs of
     * {@code iterations} per series each; the update-ratio axis includes {@code guide}.
     */
    public static LayerStatsScale of(List<? extends List<LayerStatsRecord>> runs, List<Long> iterations,
                                     double guide) {
        double histMin = Double.POSITIVE_INFINITY;
        double histMax = Double.NEGATIVE_INFINITY;
        double[] gradient = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] ratio = {guide, guide};
        for (List<LayerStatsRecord> run : runs) {
            for (LayerStatsRecord record : run) {
                for (LayerStats layer : record.layers()) {
                    if (layer.hasActivations()) {
                        histMin = Math.min(histMin, layer.histogramMin());
                        histMax = Math.max(histMax, layer.histogramMax());
                    }
                    widen(gradient, layer.gradientNorm());
                    widen(ratio, layer.updateRatio());
                }
            }
        }
        long longest = Math.max(1, iterations.stream().mapToLong(Long::longValue).max().orElse(1));
        boolean hist = histMin < histMax;
        int[] g = decades(gradient, -3, 1);
        int[] r = decades(ratio, -5, -1);
        return new LayerStatsScale(longest, hist ? histMin : 0, hist ? histMax : 1, g[0], g[1], r[0], r[1]);
    }

    /** Ticks every this many decades on the gradient axis, so that at most {@link #MAX_TICKS} + 1 labels show. */
    public int gradientTick() {
        return tick(gradientLow, gradientHigh);
    }

    public int ratioTick() {
        return tick(ratioLow, ratioHigh);
    }

    private static int tick(int low, int high) {
        return Math.max(1, (high - low + MAX_TICKS - 1) / MAX_TICKS);
    }

    /** A log axis has no place for 0, NaN or ∞: only positive finite values widen it. */
    private static void widen(double[] range, double value) {
        if (value > 0 && Double.isFinite(value)) {
            range[0] = Math.min(range[0], value);
            range[1] = Math.max(range[1], value);
        }
    }

    /** Whole decades around {@code range}, or [emptyLow, emptyHigh] when it holds nothing. */
    private static int[] decades(double[] range, int emptyLow, int emptyHigh) {
        if (!(range[0] <= range[1])) {
            return new int[] {emptyLow, emptyHigh};
        }
        int low = (int) Math.floor(Math.log10(range[0]));
        int high = (int) Math.ceil(Math.log10(range[1]));
        return new int[] {low, Math.max(high, low + 1)};
    }
}
