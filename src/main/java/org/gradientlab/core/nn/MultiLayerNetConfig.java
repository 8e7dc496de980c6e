package org.gradientlab.core.nn;

import java.util.List;
import java.util.Objects;

/**
 * A fully connected network as the book's MultiLayerNetExtend builds it.
 *
 * @param inputSize     features per example (784 for MNIST), at least 1
 * @param hiddenSizes   units of each hidden layer, each at least 1 (may be empty)
 * @param outputSize    classes, at least 2
 * @param activation    the hidden layers' activation
 * @param weightInit    how every W is drawn
 * @param batchNorm     a BatchNorm between each hidden Affine and its activation
 * @param dropoutRatio  share of hidden units dropped in training, in [0, 1); 0 = no Dropout layers
 * @param weightDecay   λ ≥ 0 of the ½·λ·ΣW² penalty
 * @param seed          seeds the weights and the dropout masks
 */
public record MultiLayerNetConfig(int inputSize, List<Integer> hiddenSizes, int outputSize,
                                  Activation activation, WeightInit weightInit, boolean batchNorm,
                                  double dropoutRatio, double weightDecay, long seed) {

    /** Larger layers would need more memory than a desktop has for their W alone. */
    public static final int MAX_LAYER_SIZE = 1 << 16;

    public MultiLayerNetConfig {
        requireSize("inputSize", inputSize, 1);
        Objects.requireNonNull(hiddenSizes, "hiddenSizes");
        for (int i = 0; i < hiddenSizes.size(); i++) {
            requireSize("hiddenSizes[" + i + "]", hiddenSizes.get(i), 1);
        }
        hiddenSizes = List.copyOf(hiddenSizes);
        requireSize("outputSize", outputSize, 2);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(weightInit, "weightInit");
        if (!(dropoutRatio >= 0 && dropoutRatio < 1)) {
            throw new IllegalArgumentException("dropoutRatio must be in [0, 1), got " + dropoutRatio);
        }
        if (!(weightDecay >= 0 && Double.isFinite(weightDecay))) {
            throw new IllegalArgumentException("weightDecay must be a finite number >= 0, got " + weightDecay);
        }
    }

    /**
     * The book's defaults around the sizes: ReLU, He init, no batch norm, no dropout, λ = 0.
     */
    public static MultiLayerNetConfig of(int inputSize, List<Integer> hiddenSizes, int outputSize, long seed) {
        return new MultiLayerNetConfig(inputSize, hiddenSizes, outputSize, Activation.RELU, WeightInit.HE,
                false, 0, 0, seed);
    }

    public MultiLayerNetConfig withActivation(Activation value) {
        return new MultiLayerNetConfig(inputSize, hiddenSizes, outputSize, value, weightInit, batchNorm,
                dropoutRatio, weightDecay, seed);
    }

    public MultiLayerNetConfig withWeightInit(WeightInit value) {
        return new MultiLayerNetConfig(inputSize, hiddenSizes, outputSize, activation, value, batchNorm,
                dropoutRatio, weightDecay, seed);
    }

    public MultiLayerNetConfig withBatchNorm(boolean value) {
        return new MultiLayerNetConfig(inputSize, hiddenSizes, outputSize, activation, weightInit, value,
                dropoutRatio, weightDecay, seed);
    }

    public MultiLayerNetConfig withDropoutRatio(double value) {
        return new MultiLayerNetConfig(inputSize, hiddenSizes, outputSize, activation, weightInit, batchNorm,
                value, weightDecay, seed);
    }

    public MultiLayerNetConfig withWeightDecay(double value) {
        return new MultiLayerNetConfig(inputSize, hiddenSizes, outputSize, activation, weightInit, batchNorm,
                dropoutRatio, value, seed);
    }

    public MultiLayerNetConfig withSeed(long value) {
        return new MultiLayerNetConfig(inputSize, hiddenSizes, outputSize, activation, weightInit, batchNorm,
                dropoutRatio, weightDecay, value);
    }

    private static void requireSize(String name, Integer value, int min) {
        if (value == null || value < min || value > MAX_LAYER_SIZE) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + MAX_LAYER_SIZE
                    + "], got " + value);
        }
    }
}
