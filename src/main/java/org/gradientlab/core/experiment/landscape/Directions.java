package org.gradientlab.core.experiment.landscape;

import java.util.random.RandomGenerator;

/**
 * Directions in weight space for slicing the loss (Li, Xu, Taylor, Studer &amp; Goldstein 2018,
 * "Visualizing the Loss Landscape of Neural Nets", §4).
 */
public final class Directions {
    private Directions() {}

    /**
     * A filter-normalised random direction d for the weights θ: d ~ N(0, 1) in every W, then
     * each neuron's incoming column d[:, j] scaled to ‖θ[:, j]‖ (a neuron whose weights are all
     * zero gets a zero column); zero in every bias and batch-norm parameter, so those stay at θ.
     * The scale of a slice then follows the scale of each neuron's weights, which batch norm or
     * ReLU leave free and would otherwise distort the picture.
     */
    public static double[] filterNormalized(ParameterLayout layout, double[] theta, RandomGenerator random) {
        requireLength(layout, theta);
        double[] d = new double[layout.size()];
        for (ParameterLayout.Block block : layout.blocks()) {
            if (!block.weight()) {
                continue;
            }
            int base = block.offset();
            int rows = block.rows();
            int cols = block.cols();
            for (int k = 0; k < block.size(); k++) {
                d[base + k] = random.nextGaussian();
            }
            for (int j = 0; j < cols; j++) {
                double weightNorm = 0;
                double directionNorm = 0;
                for (int r = 0; r < rows; r++) {
                    int at = base + r * cols + j;
                    weightNorm += theta[at] * theta[at];
                    directionNorm += d[at] * d[at];
                }
                double scale = directionNorm == 0 ? 0 : Math.sqrt(weightNorm) / Math.sqrt(directionNorm);
                for (int r = 0; r < rows; r++) {
                    d[base + r * cols + j] *= scale;
                }
            }
        }
        return d;
    }

    static void requireLength(ParameterLayout layout, double[] theta) {
        if (theta.length != layout.size()) {
            throw new IllegalArgumentException("θ of length " + theta.length + " for a layout of " + layout.size());
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
