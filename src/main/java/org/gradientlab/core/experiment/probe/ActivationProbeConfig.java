package org.gradientlab.core.experiment.probe;

import java.util.Objects;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;

/**
 * One run of the activation-histogram experiment (book: ch06/weight_init_activation_histogram.py):
 * x ~ N(0, 1) [samples, nodes]; per layer z = act(x·W) with W [nodes, nodes] drawn by
 * {@code init}, no bias, optionally batch-normalized (γ 1, β 0, batch statistics) before act.
 *
 * @param samples    rows of the input, in [2, 100 000]
 * @param nodes      units per layer, in [1, 2 000]
 * @param layers     number of layers, in [1, 100]
 * @param init       how W is drawn (n_in = nodes); its std at most {@link #MAX_WEIGHT_STD}
 * @param activation the activation of every layer
 * @param batchNorm  batch normalization before each activation
 * @param seed       seeds input, weights and the upstream gradient
 * @param bins       histogram bins, in [1, 1 000]
 * @param rangeMin   lower edge of the activations' histogram
 * @param rangeMax   upper edge, above rangeMin
 * @param backward   also send an N(0, 1) gradient back and summarize what reaches each layer's input
 */
public record ActivationProbeConfig(int samples, int nodes, int layers, WeightInit init, Activation activation,
                                    boolean batchNorm, long seed, int bins, double rangeMin, double rangeMax,
                                    boolean backward) {

    public static final int MAX_SAMPLES = 100_000;
    public static final int MAX_NODES = 2_000;
    public static final int MAX_LAYERS = 100;
    public static final int MAX_BINS = 1_000;
    /**
     * Largest weight std: weights are float (at most 3.4e38), and a larger std would not even be
     * stored. Below it, a deep enough net can still overflow; each layer then reports it.
     */
    public static final double MAX_WEIGHT_STD = 1e30;
    /** Bounds one [samples, nodes] buffer to 40 MB; the probe keeps a few per layer. */
    public static final long MAX_VALUES_PER_LAYER = 2_000_000;

    /** The book's figure: 1000 × 100 input, 5 layers of 100 nodes, 30 bins. */
    public static final int BOOK_SAMPLES = 1000;
    public static final int BOOK_NODES = 100;
    public static final int BOOK_LAYERS = 5;
    public static final int BOOK_BINS = 30;

    public ActivationProbeConfig {
        requireIn("samples", samples, 2, MAX_SAMPLES);
        requireIn("nodes", nodes, 1, MAX_NODES);
        requireIn("layers", layers, 1, MAX_LAYERS);
        requireIn("bins", bins, 1, MAX_BINS);
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(activation, "activation");
        double std = init.std(nodes);
        if (!(std <= MAX_WEIGHT_STD)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "weight std must be at most %.0e (weights are float, at most 3.4e+38), got %.3g", MAX_WEIGHT_STD, std));
        }
        if ((long) samples * nodes > MAX_VALUES_PER_LAYER) {
            throw new IllegalArgumentException("samples × nodes must be at most " + MAX_VALUES_PER_LAYER
                    + ", got " + samples + " × " + nodes);
        }
        if (!(Double.isFinite(rangeMin) && Double.isFinite(rangeMax) && rangeMin < rangeMax)) {
            throw new IllegalArgumentException("histogram range must be two finite numbers min < max, got ["
                    + rangeMin + ", " + rangeMax + "]");
        }
    }

    /** The book's sizes with seed 0, no batch norm, forward only, the activation's default range. */
    public static ActivationProbeConfig book(WeightInit init, Activation activation) {
        return new ActivationProbeConfig(BOOK_SAMPLES, BOOK_NODES, BOOK_LAYERS, init, activation, false, 0,
                BOOK_BINS, activation.histogramMin(), activation.histogramMax(), false);
    }

    public ActivationProbeConfig withInit(WeightInit value) {
        return new ActivationProbeConfig(samples, nodes, layers, value, activation, batchNorm, seed, bins,
                rangeMin, rangeMax, backward);
    }

    /** Another activation, with that activation's default histogram range. */
    public ActivationProbeConfig withActivation(Activation value) {
        return new ActivationProbeConfig(samples, nodes, layers, init, value, batchNorm, seed, bins,
                value.histogramMin(), value.histogramMax(), backward);
    }

    public ActivationProbeConfig withBatchNorm(boolean value) {
        return new ActivationProbeConfig(samples, nodes, layers, init, activation, value, seed, bins,
                rangeMin, rangeMax, backward);
    }

    public ActivationProbeConfig withSeed(long value) {
        return new ActivationProbeConfig(samples, nodes, layers, init, activation, batchNorm, value, bins,
                rangeMin, rangeMax, backward);
    }

    public ActivationProbeConfig withRange(double min, double max) {
        return new ActivationProbeConfig(samples, nodes, layers, init, activation, batchNorm, seed, bins,
                min, max, backward);
    }

    public ActivationProbeConfig withBackward(boolean value) {
        return new ActivationProbeConfig(samples, nodes, layers, init, activation, batchNorm, seed, bins,
                rangeMin, rangeMax, value);
    }

    private static void requireIn(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}
