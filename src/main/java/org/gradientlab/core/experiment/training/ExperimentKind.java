package org.gradientlab.core.experiment.training;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The six training experiments, with the ids the command line uses. */
public enum ExperimentKind {
    OPTIMIZERS("optimizers"),
    INIT("init"),
    BATCH_NORM("batchnorm"),
    WEIGHT_DECAY("weight-decay"),
    DROPOUT("dropout"),
    HYPERPARAMETERS("hyperparameters");

    private final String id;

    ExperimentKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** This experiment with the settings of the book's ch06 script. */
    public ExperimentConfig book() {
        return switch (this) {
            case OPTIMIZERS -> OptimizerComparison.book();
            case INIT -> InitComparison.book();
            case BATCH_NORM -> BatchNormComparison.book();
            case WEIGHT_DECAY -> RegularizationComparison.book(RegularizationComparison.Regularizer.WEIGHT_DECAY);
            case DROPOUT -> RegularizationComparison.book(RegularizationComparison.Regularizer.DROPOUT);
            case HYPERPARAMETERS -> HyperparameterSearch.book();
        };
    }

    public static ExperimentKind fromId(String id) {
        for (ExperimentKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown experiment '" + id + "', expected one of " + ids());
    }

    /** "optimizers, init, batchnorm, weight-decay, dropout, hyperparameters". */
    public static String ids() {
        return Arrays.stream(values()).map(ExperimentKind::id).collect(Collectors.joining(", "));
    }
}
