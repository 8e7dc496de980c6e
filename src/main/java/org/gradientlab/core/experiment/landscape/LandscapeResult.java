package org.gradientlab.core.experiment.landscape;

import java.util.List;

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

    /** Loss at α: {@code alphas[i]} ↦ {@code losses[i]}. */
    public record Line(double[] alphas, double[] losses) {}

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
