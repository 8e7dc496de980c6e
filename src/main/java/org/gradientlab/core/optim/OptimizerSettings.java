package org.gradientlab.core.optim;

import java.util.Objects;

/**
 * Hyperparameters of one optimizer. Every kind carries all of them so the UI can switch kind
 * without losing the others; each optimizer reads only its own.
 *
 * @param learningRate lr, finite and &gt; 0
 * @param momentum     α of Momentum and Nesterov, in [0, 1)
 * @param decay        decay_rate of RMSProp, in (0, 1)
 * @param beta1        β1 of Adam, in [0, 1)
 * @param beta2        β2 of Adam, in [0, 1)
 */
public record OptimizerSettings(OptimizerKind kind, double learningRate, double momentum, double decay,
                                double beta1, double beta2) {

    // Defaults of common/optimizer.py.
    public static final double DEFAULT_MOMENTUM = 0.9;
    public static final double DEFAULT_DECAY = 0.99;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;

    public OptimizerSettings {
        Objects.requireNonNull(kind, "kind");
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + learningRate);
        }
        requireInUnitInterval("momentum", momentum, true);
        requireInUnitInterval("decay", decay, false);
        requireInUnitInterval("beta1", beta1, true);
        requireInUnitInterval("beta2", beta2, true);
    }

    /** The book's defaults for this kind (lr .01, Adam .001; α .9, decay .99, β1 .9, β2 .999). */
    public static OptimizerSettings defaults(OptimizerKind kind) {
        return new OptimizerSettings(kind, kind.defaultLearningRate(), DEFAULT_MOMENTUM, DEFAULT_DECAY,
                DEFAULT_BETA1, DEFAULT_BETA2);
    }

    public OptimizerSettings withKind(OptimizerKind newKind) {
        return new OptimizerSettings(newKind, learningRate, momentum, decay, beta1, beta2);
    }

    public OptimizerSettings withLearningRate(double newLearningRate) {
        return new OptimizerSettings(kind, newLearningRate, momentum, decay, beta1, beta2);
    }

    public OptimizerSettings withMomentum(double newMomentum) {
        return new OptimizerSettings(kind, learningRate, newMomentum, decay, beta1, beta2);
    }

    public OptimizerSettings withDecay(double newDecay) {
        return new OptimizerSettings(kind, learningRate, momentum, newDecay, beta1, beta2);
    }

    public OptimizerSettings withBetas(double newBeta1, double newBeta2) {
        return new OptimizerSettings(kind, learningRate, momentum, decay, newBeta1, newBeta2);
    }

    /** A fresh optimizer of this kind, its state all zero. */
    public ElementwiseOptimizer create() {
        return switch (kind) {
            case SGD -> new SGD(this);
            case MOMENTUM -> new Momentum(this);
            case NESTEROV -> new Nesterov(this);
            case ADAGRAD -> new AdaGrad(this);
            case RMSPROP -> new RMSProp(this);
            case ADAM -> new Adam(this);
        };
    }

    private static void requireInUnitInterval(String name, double value, boolean zeroAllowed) {
        boolean inside = (zeroAllowed ? value >= 0 : value > 0) && value < 1;
        if (!inside) {
            throw new IllegalArgumentException(name + " must be in " + (zeroAllowed ? "[0, 1)" : "(0, 1)")
                    + ", got " + value);
        }
    }
}
