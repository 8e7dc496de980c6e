package org.gradientlab.ui.init;

import java.util.List;
import java.util.Objects;

import org.gradientlab.core.experiment.probe.ActivationProbeConfig;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;

/**
 * What the lab's controls set. Sizes follow the book's script (1000 inputs, 30 bins) except
 * layers and nodes, which the learner may change within the ranges of issue 6.
 *
 * @param customStd the slider's std, in [{@link #MIN_STD}, {@link #MAX_STD}]; used when init is CUSTOM
 */
public record InitSettings(Activation activation, InitChoice init, double customStd, int layers, int nodes,
                           boolean batchNorm, long seed) {
    public static final int MIN_LAYERS = 1;
    public static final int MAX_LAYERS = 10;
    public static final int MIN_NODES = 10;
    public static final int MAX_NODES = 500;
    public static final double MIN_STD = 1e-3;
    public static final double MAX_STD = 10;

    /** The book's first figure: sigmoid, std 1, 5 layers of 100 nodes, seed 0. */
    public static final InitSettings DEFAULT = new InitSettings(Activation.SIGMOID, InitChoice.STD_1, 1,
            ActivationProbeConfig.BOOK_LAYERS, ActivationProbeConfig.BOOK_NODES, false, 0);

    /** The four panels of the book's figures 6-10, 6-11, 6-13 and 6-14, in that order. */
    public static List<InitSettings> bookFigures(long seed) {
        return List.of(
                DEFAULT.withSeed(seed),
                DEFAULT.withInit(InitChoice.STD_0_01).withSeed(seed),
                DEFAULT.withInit(InitChoice.XAVIER).withSeed(seed),
                DEFAULT.withInit(InitChoice.HE).withActivation(Activation.RELU).withSeed(seed));
    }

    public InitSettings {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(init, "init");
        if (!(customStd >= MIN_STD && customStd <= MAX_STD)) {
            throw new IllegalArgumentException("customStd must be in [" + MIN_STD + ", " + MAX_STD + "], got " + customStd);
        }
        if (layers < MIN_LAYERS || layers > MAX_LAYERS) {
            throw new IllegalArgumentException("layers must be in [" + MIN_LAYERS + ", " + MAX_LAYERS + "], got " + layers);
        }
        if (nodes < MIN_NODES || nodes > MAX_NODES) {
            throw new IllegalArgumentException("nodes must be in [" + MIN_NODES + ", " + MAX_NODES + "], got " + nodes);
        }
    }

    public WeightInit weightInit() {
        return init.weightInit(customStd);
    }

    /** The std the weights are drawn with (fan-in = nodes). */
    public double std() {
        return weightInit().std(nodes);
    }

    /** The probe run these settings stand for, with the activation's default histogram range. */
    public ActivationProbeConfig config(boolean backward) {
        return new ActivationProbeConfig(ActivationProbeConfig.BOOK_SAMPLES, nodes, layers, weightInit(), activation,
                batchNorm, seed, ActivationProbeConfig.BOOK_BINS, activation.histogramMin(),
                activation.histogramMax(), backward);
    }

    public InitSettings withActivation(Activation value) {
        return new InitSettings(value, init, customStd, layers, nodes, batchNorm, seed);
    }

    /** Another init; choosing CUSTOM keeps the std in force (clamped to the slider's range). */
    public InitSettings withInit(InitChoice value) {
        double std = value == InitChoice.CUSTOM ? clampStd(std()) : customStd;
        return new InitSettings(activation, value, std, layers, nodes, batchNorm, seed);
    }

    public static double clampStd(double std) {
        return Math.max(MIN_STD, Math.min(MAX_STD, std));
    }

    /** The slider's std, which makes the init CUSTOM. */
    public InitSettings withCustomStd(double value) {
        return new InitSettings(activation, InitChoice.CUSTOM, value, layers, nodes, batchNorm, seed);
    }

    public InitSettings withLayers(int value) {
        return new InitSettings(activation, init, customStd, value, nodes, batchNorm, seed);
    }

    public InitSettings withNodes(int value) {
        return new InitSettings(activation, init, customStd, layers, value, batchNorm, seed);
    }

    public InitSettings withBatchNorm(boolean value) {
        return new InitSettings(activation, init, customStd, layers, nodes, value, seed);
    }

    public InitSettings withSeed(long value) {
        return new InitSettings(activation, init, customStd, layers, nodes, batchNorm, value);
    }
}
