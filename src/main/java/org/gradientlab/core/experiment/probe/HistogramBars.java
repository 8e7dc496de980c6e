package org.gradientlab.core.experiment.probe;

import java.util.List;

/**
 * A layer's histogram as a figure draws it: exact zeros (dead ReLUs, half of all ReLU outputs)
 * taken out of the bin that holds 0 and shown as a bar of their own, so they neither hide the
 * shape of the rest nor vanish into the first bin (the book's figure 6-14 clips that bin).
 *
 * @param counts the bins without the exact zeros
 * @param zeros  number of values exactly 0
 * @param below  values under the range
 * @param above  values over the range
 * @param total  all values
 */
public record HistogramBars(List<Long> counts, long zeros, long below, long above, long total) {

    public HistogramBars {
        counts = List.copyOf(counts);
    }

    /** The bars of {@code layer}; with {@code splitZeros} false, the bins as they are and no zero bar. */
    public static HistogramBars of(LayerStatistics layer, boolean splitZeros) {
        long zeros = splitZeros ? Math.round(layer.zeroShare() * layer.count()) : 0;
        int zeroBin = -1;
        if (zeros > 0 && layer.rangeMin() <= 0 && 0 <= layer.rangeMax()) {
            int bins = layer.counts().size();
            // the bin LayerStatistics.of puts 0 in, computed the same way
            double binsPerUnit = bins / (layer.rangeMax() - layer.rangeMin());
            zeroBin = Math.min(bins - 1, (int) ((0 - layer.rangeMin()) * binsPerUnit));
        } else {
            zeros = 0;
        }
        Long[] counts = new Long[layer.counts().size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (long) layer.counts().get(i) - (i == zeroBin ? zeros : 0);
        }
        return new HistogramBars(List.of(counts), zeros, layer.below(), layer.above(), layer.count());
    }

    /** The tallest bin (the zero bar not included). */
    public long maxCount() {
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }
}
