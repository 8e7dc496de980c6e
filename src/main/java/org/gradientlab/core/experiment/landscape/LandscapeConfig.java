package org.gradientlab.core.experiment.landscape;

import java.util.Collections;
import java.util.Objects;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * One loss-landscape study: the book's MNIST net of the optimizer comparison
 * (ch06/optimizer_compare_mnist.py: 784-100-100-100-100-10, ReLU, He, batch 128, the book's
 * learning rate of the optimizer), with or without batch norm, trained for {@code iterations}
 * updates; then its loss on the first {@code images} training images along the line from the
 * initial to the final weights and over a {@code grid}×{@code grid} slice around the final ones.
 *
 * @param optimizer  the update rule, at its book learning rate (SGD .01, Adam .001, …)
 * @param batchNorm  a BatchNorm before each hidden activation
 * @param iterations updates, in [1, {@value #MAX_ITERATIONS}]
 * @param grid       points per side of the slice, odd (so its centre is the final weights), in [3, 101]
 * @param images     training images the loss is measured on, in [1, 60 000]
 * @param plane      the directions spanning the slice
 * @param span       half-width of a {@link PlaneKind#RANDOM} slice in units of its filter-normalised
 *                   directions (Li et al.: 1), finite and in (0, 100]
 * @param seed       the weights, the mini-batches and the random directions derive from it
 */
public record LandscapeConfig(OptimizerKind optimizer, boolean batchNorm, int iterations, int grid, int images,
                              PlaneKind plane, double span, long seed) {
    public static final int HIDDEN_LAYERS = 4;
    public static final int HIDDEN_UNITS = 100;
    public static final int BATCH_SIZE = 128;
    public static final int MAX_ITERATIONS = 100_000;
    public static final int MAX_GRID = 101;
    public static final int MAX_IMAGES = 60_000;
    public static final double MAX_SPAN = 100;
    /** Snapshots of the path kept at most (plus the start): bounds memory to ~50 weight vectors. */
    public static final int PATH_SNAPSHOTS = 50;
    /** α of the 1-D line: (i − 10)/20 for i in 0..40, i.e. −0.5 to 1.5 by 0.05, with 0 and 1 exact. */
    public static final int LINE_POINTS = 41;

    public LandscapeConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(plane, "plane");
        requireIn("iterations", iterations, 1, MAX_ITERATIONS);
        requireIn("grid", grid, 3, MAX_GRID);
        if (grid % 2 == 0) {
            throw new IllegalArgumentException("grid must be odd, so its centre is the final weights, got " + grid);
        }
        requireIn("images", images, 1, MAX_IMAGES);
        if (!(span > 0 && span <= MAX_SPAN)) {
            throw new IllegalArgumentException("span must be in (0, " + (int) MAX_SPAN + "], got " + span);
        }
    }

    /** SGD, no batch norm, 1000 iterations, a 21×21 PCA slice on 1000 images, span 1, seed 0. */
    public static LandscapeConfig defaults() {
        return new LandscapeConfig(OptimizerKind.SGD, false, 1000, 21, 1000, PlaneKind.PCA, 1, 0);
    }

    /** The book's settings of this optimizer: its default learning rate and constants. */
    public OptimizerSettings optimizerSettings() {
        return OptimizerSettings.defaults(optimizer);
    }

    /** 784-100×4-10, ReLU, He, no dropout, λ 0, batch norm as configured; weights from {@code netSeed}. */
    public MultiLayerNetConfig network(long netSeed) {
        return new MultiLayerNetConfig(Mnist.PIXELS, Collections.nCopies(HIDDEN_LAYERS, HIDDEN_UNITS), Mnist.CLASSES,
                Activation.RELU, WeightInit.HE, batchNorm, 0, 0, netSeed);
    }

    /** A snapshot every this many iterations, so the path keeps at most {@value #PATH_SNAPSHOTS} + 1. */
    public int snapshotEvery() {
        return Math.max(1, Math.ceilDiv(iterations, PATH_SNAPSHOTS));
    }

    /** α of line point {@code i}: −0.5, −0.45, …, 1.5. */
    public static double alpha(int i) {
        return (i - 10) / 20.0;
    }

    /** "sgd", "adam bn", …: the optimizer's id, with " bn" when it has batch norm. */
    public String label() {
        return optimizer.id() + (batchNorm ? " bn" : "");
    }

    public LandscapeConfig withOptimizer(OptimizerKind value) {
        return new LandscapeConfig(value, batchNorm, iterations, grid, images, plane, span, seed);
    }

    public LandscapeConfig withBatchNorm(boolean value) {
        return new LandscapeConfig(optimizer, value, iterations, grid, images, plane, span, seed);
    }

    public LandscapeConfig withIterations(int value) {
        return new LandscapeConfig(optimizer, batchNorm, value, grid, images, plane, span, seed);
    }

    public LandscapeConfig withGrid(int value) {
        return new LandscapeConfig(optimizer, batchNorm, iterations, value, images, plane, span, seed);
    }

    public LandscapeConfig withImages(int value) {
        return new LandscapeConfig(optimizer, batchNorm, iterations, grid, value, plane, span, seed);
    }

    public LandscapeConfig withPlane(PlaneKind value) {
        return new LandscapeConfig(optimizer, batchNorm, iterations, grid, images, value, span, seed);
    }

    public LandscapeConfig withSpan(double value) {
        return new LandscapeConfig(optimizer, batchNorm, iterations, grid, images, plane, value, seed);
    }

    public LandscapeConfig withSeed(long value) {
        return new LandscapeConfig(optimizer, batchNorm, iterations, grid, images, plane, span, value);
    }

    private static void requireIn(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}
