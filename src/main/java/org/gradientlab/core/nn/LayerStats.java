package org.gradientlab.core.nn;

import java.util.Arrays;

/**
 * What {@link LayerProbe} measured in one layer of a {@link MultiLayerNet} at one training
 * iteration. Layer k is the k-th Affine (weights Wk) and, for a hidden layer, the activation
 * after it; the output layer (the last Affine) has no activation, so its activation numbers are
 * NaN and its histogram is empty.
 *
 * @param layer          1 for W1 and the first hidden activation, …, L+1 for the output Affine
 * @param units          outputs of the layer (columns of Wk)
 * @param gradientNorm   ‖∇Wk‖, the Frobenius norm of the weight gradient of this iteration's
 *                       backward pass (including λ·W under weight decay)
 * @param updateRatio    ‖ΔWk‖ / ‖Wk‖: the Frobenius norm of the change the optimizer actually
 *                       applied this iteration over the norm of the weights before it (CS231n's
 *                       babysitting check: about 1e-3); NaN when ‖Wk‖ was 0
 * @param deadShare      share of the layer's units whose activation output is exactly 0 on every
 *                       example of the batch (for ReLU: dead units), NaN for the output layer
 * @param saturatedShare share of the activation outputs (examples × units) within
 *                       {@link LayerProbe#SATURATION_MARGIN} of an asymptote of the activation
 *                       (sigmoid below 0.01 or above 0.99, tanh |y| above 0.99, ELU below −α+0.01);
 *                       NaN for activations without one (ReLU, leaky ReLU) and the output layer
 * @param mean           mean of the activation outputs on the batch
 * @param std            their standard deviation (population, as numpy's std)
 * @param histogramMin   lower edge of the histogram ({@link Activation#histogramMin()})
 * @param histogramMax   upper edge ({@link Activation#histogramMax()})
 * @param counts         activation outputs per bin of equal width from min to max; a value below
 *                       min counts in the first bin, one at or above max in the last
 */
public record LayerStats(int layer, int units, double gradientNorm, double updateRatio, double deadShare,
                         double saturatedShare, double mean, double std, double histogramMin, double histogramMax,
                         int[] counts) {

    public LayerStats {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Number of histogram bins (0 for the output layer). */
    public int bins() {
        return counts.length;
    }

    /** Counts of bin {@code bin}, without copying the array. */
    public int count(int bin) {
        return counts[bin];
    }

    /**
     * The brightness of bin {@code bin} in a heat strip, in [0, 1]: log(1 + count) / log(1 + all
     * counts), as fast.ai's "colorful dimension" plots take the log so that thin tails still show
     * next to a bin holding most of the batch; 0 for an empty bin, 1 when one bin holds everything.
     */
    public double shade(int bin) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        return total == 0 ? 0 : Math.log1p(counts[bin]) / Math.log1p(total);
    }

    /** True for a hidden layer, whose activation was measured. */
    public boolean hasActivations() {
        return counts.length > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerStats s && layer == s.layer && units == s.units
                && Double.compare(gradientNorm, s.gradientNorm) == 0 && Double.compare(updateRatio, s.updateRatio) == 0
                && Double.compare(deadShare, s.deadShare) == 0 && Double.compare(saturatedShare, s.saturatedShare) == 0
                && Double.compare(mean, s.mean) == 0 && Double.compare(std, s.std) == 0
                && Double.compare(histogramMin, s.histogramMin) == 0 && Double.compare(histogramMax, s.histogramMax) == 0
                && Arrays.equals(counts, s.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(gradientNorm) + Arrays.hashCode(counts) + layer;
    }

    @Override
    public String toString() {
        return "LayerStats[layer=" + layer + ", units=" + units + ", gradientNorm=" + gradientNorm + ", updateRatio="
                + updateRatio + ", dead=" + deadShare + ", saturated=" + saturatedShare + ", mean=" + mean + ", std="
                + std + ", counts=" + Arrays.toString(counts) + "]";
    }
}
