package org.gradientlab.core.experiment.landscape;

import java.util.List;

import org.gradientlab.core.nn.BatchNorm;
import org.gradientlab.core.nn.SoftmaxWithLoss;

/**
 * What a loss-landscape study measured, all losses on the same training images.
 *
 * @param config      the study
 * @param line        loss along θ(α) = (1−α)·θ₀ + α·θ₁ (Goodfellow, Vinyals &amp; Saxe 2015)
 * @param grid        loss over the slice around θ₁
 * @param path        the training path projected onto the slice
 * @param explained   the PCA plane's shares of the path's variance along x and y; NaN for a random plane
 * @param batchLoss   the mini-batch loss of every update
 */
public record LandscapeResult(LandscapeConfig config, Line line, Grid grid, Path path, double[] explained,
                              double[] batchLoss) {

    /**
     * Lines whose losses span more than this factor are drawn on a log axis: a batch-norm net's
     * start (see {@link #ZERO_VARIANCE_GAIN}) is some 50 times its end, which a linear axis squeezes flat.
     */
    public static final double LOG_SPREAD = 10;
    /** The book's loss of a net sure of a wrong class: −ln 10⁻⁷ ≈ 16.1, the most one image can add. */
    public static final double LOSS_CEILING = -Math.log(SoftmaxWithLoss.LOG_EPSILON);
    /**
     * What a fresh batch-norm layer multiplies each unit by in inference mode: its running variance
     * starts at 0 as in the book, so it divides by √ε, here 1/√10⁻⁶ = 1,000.
     */
    public static final double ZERO_VARIANCE_GAIN = 1 / Math.sqrt(BatchNorm.EPSILON);

    /** Loss at α: {@code alphas[i]} ↦ {@code losses[i]}. */
    public record Line(double[] alphas, double[] losses) {
        /** The lowest and the highest finite loss, {NaN, NaN} when none is finite. */
        public double[] span() {
            double low = Double.NaN;
            double high = Double.NaN;
            for (double v : losses) {
                if (Double.isFinite(v)) {
                    low = !(v >= low) ? v : low;
                    high = !(v <= high) ? v : high;
                }
            }
            return new double[] {low, high};
        }
    }

    /**
     * Whether the lines of {@code results}, drawn on one axis, need a log loss axis: their highest
     * finite loss is more than {@link #LOG_SPREAD} times their lowest (and the lowest is above 0).
     */
    public static boolean logLine(List<LandscapeResult> results) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (LandscapeResult r : results) {
            double[] span = r.line().span();
            if (!Double.isNaN(span[0])) {
                low = Math.min(low, span[0]);
                high = Math.max(high, span[1]);
            }
        }
        return low > 0 && Double.isFinite(high) && high > LOG_SPREAD * low;
    }

    /**
     * Loss at θ₁ + x·d1 + y·d2: {@code losses[row][col]} at ({@code xs[col]}, {@code ys[row]}); the
     * centre (0, 0) is θ₁.
     */
    public record Grid(double[] xs, double[] ys, double[][] losses) {
        /** The largest finite loss of the grid, or NaN if none is finite. */
        public double maxFinite() {
            double max = Double.NaN;
            for (double[] row : losses) {
                for (double v : row) {
                    if (Double.isFinite(v) && !(v <= max)) {
                        max = v;
                    }
                }
            }
            return max;
        }
    }

    /** The snapshot at iteration {@code iterations[i]} projects to ({@code xs[i]}, {@code ys[i]}); its loss. */
    public record Path(List<Integer> iterations, double[] xs, double[] ys, double[] losses) {
        public Path {
            iterations = List.copyOf(iterations);
        }
    }

    /** Loss at the initial weights, α = 0. */
    public double initialLoss() {
        return line.losses()[10];
    }

    /** Loss at the final weights, α = 1. */
    public double finalLoss() {
        return line.losses()[30];
    }
}
