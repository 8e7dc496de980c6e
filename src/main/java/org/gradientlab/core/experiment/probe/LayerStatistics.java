package org.gradientlab.core.experiment.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * Summary of one layer's values (activations or gradients) for a histogram figure.
 * Bins split [rangeMin, rangeMax] into equal widths; as numpy.histogram, a value equal to
 * rangeMax falls in the last bin. Values outside the range are not folded into the edge bins
 * but counted in {@code below} and {@code above}; NaN is in neither. Shares are fractions of
 * {@code count}.
 *
 * @param layer              1-based layer number
 * @param count              number of values
 * @param mean               mean of all values
 * @param std                population standard deviation (numpy's default, ddof 0)
 * @param counts             values per bin, bin i covering [min + i·w, min + (i+1)·w)
 * @param zeroShare          share of values exactly 0 (dead ReLUs)
 * @param saturatedLowShare  share within {@link #SATURATION_MARGIN} above the activation's
 *                           lower saturation bound (sigmoid 0, tanh −1, ELU −1); 0 when none
 * @param saturatedHighShare share within the margin below the upper bound (sigmoid 1, tanh 1)
 */
public record LayerStatistics(int layer, long count, double mean, double std, double min, double max,
                              double rangeMin, double rangeMax, List<Integer> counts, long below, long above,
                              double zeroShare, double saturatedLowShare, double saturatedHighShare) {

    /** Distance from a saturation bound within which a value counts as saturated. */
    public static final double SATURATION_MARGIN = 0.05;

    public LayerStatistics {
        counts = List.copyOf(counts);
    }

    /**
     * Some value of the layer is ±∞ or NaN (float overflowed here or in a layer before), or
     * their squares exceed float: mean, std, min and max mean nothing then.
     */
    public boolean overflowed() {
        return !(Double.isFinite(mean) && Double.isFinite(std));
    }

    /** Share of values within the margin of either saturation bound. */
    public double saturatedShare() {
        return saturatedLowShare + saturatedHighShare;
    }

    /**
     * Statistics of {@code values}: histogram over [rangeMin, rangeMax] with {@code bins} bins,
     * saturation against the bounds (NaN = the activation has none on that side).
     */
    static LayerStatistics of(int layer, float[] values, int bins, double rangeMin, double rangeMax,
                              double saturationLow, double saturationHigh) {
        Summary summary = Summary.of(values, (float) (saturationLow + SATURATION_MARGIN),
                (float) (saturationHigh - SATURATION_MARGIN));
        int[] binCounts = new int[bins];
        long below = 0;
        long above = 0;
        double binsPerUnit = bins / (rangeMax - rangeMin);
        for (float v : values) {
            if (v >= rangeMin && v <= rangeMax) {
                binCounts[Math.min(bins - 1, (int) ((v - rangeMin) * binsPerUnit))]++;
            } else if (v < rangeMin) {
                below++;
            } else if (v > rangeMax) {
                above++;
            }
        }
        List<Integer> countList = new ArrayList<>(bins);
        for (int c : binCounts) {
            countList.add(c);
        }
        double n = values.length;
        return new LayerStatistics(layer, values.length, summary.mean(), Math.sqrt(summary.variance()),
                summary.min(), summary.max(), rangeMin, rangeMax, countList, below, above,
                summary.zeros() / n, summary.below() / n, summary.above() / n);
    }
}
