package org.gradientlab.core.optim;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The six optimizers of common/optimizer.py, with their command-line ids and learning rates.
 */
public enum OptimizerKind {
    SGD("sgd", 0.01, 0.95),
    MOMENTUM("momentum", 0.01, 0.1),
    // Same lr as Momentum, so the lab shows Nesterov damping Momentum's overshoot in y.
    NESTEROV("nesterov", 0.01, 0.1),
    ADAGRAD("adagrad", 0.01, 1.5),
    // First steps are lr/√(1−decay) = 3 in each coordinate, then a damped zigzag in y and a
    // steady walk in x that, unlike AdaGrad's, does not slow down as gradients accumulate.
    RMSPROP("rmsprop", 0.01, 0.3),
    ADAM("adam", 0.001, 0.3);

    private final String id;
    private final double defaultLearningRate;
    private final double figureLearningRate;

    OptimizerKind(String id, double defaultLearningRate, double figureLearningRate) {
        this.id = id;
        this.defaultLearningRate = defaultLearningRate;
        this.figureLearningRate = figureLearningRate;
    }

    /** The command-line id: sgd, momentum, nesterov, adagrad, rmsprop or adam. */
    public String id() {
        return id;
    }

    /** The default of the book's class (common/optimizer.py). */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /**
     * The lr of the trajectory figure (ch06/optimizer_compare_naive.py: SGD .95, Momentum .1,
     * AdaGrad 1.5, Adam .3); the book has no Nesterov or RMSProp panel, so those are ours.
     */
    public double figureLearningRate() {
        return figureLearningRate;
    }

    /** The kind with this command-line id, e.g. "adam". */
    public static OptimizerKind fromId(String id) {
        for (OptimizerKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + id + "', expected one of " + ids());
    }

    /** "sgd, momentum, nesterov, adagrad, rmsprop, adam", for messages and help texts. */
    public static String ids() {
        return Arrays.stream(values()).map(OptimizerKind::id).collect(Collectors.joining(", "));
    }
}
