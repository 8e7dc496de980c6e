package org.gradientlab.core.experiment.training;

/**
 * How long a series trains and after which iterations it measures accuracy.
 *
 * <p>By epoch, as the book's loops (ch06 batch_norm_test.py, overfit_weight_decay.py,
 * common/trainer.py): iteration i (0-based) evaluates when {@code i % iterationsPerEpoch == 0},
 * i.e. after the first update and then once per epoch; {@code epochs} evaluations take
 * (epochs − 1)·iterationsPerEpoch + 1 iterations. By iteration: every {@code interval}
 * iterations and after the last one; an interval of 0 evaluates only after the last, -1 never.
 *
 * @param iterations total updates, at least 1
 * @param interval   iterations per epoch, or the evaluation interval (0 or -1 as above)
 * @param byEpoch    which of the two
 */
public record Schedule(int iterations, int interval, boolean byEpoch) {

    public Schedule {
        if (iterations < 1 || interval < (byEpoch ? 1 : -1)) {
            throw new IllegalArgumentException("schedule needs iterations >= 1 and a valid interval, got "
                    + iterations + " and " + interval);
        }
    }

    public static Schedule ofIterations(int iterations, int evaluateEvery) {
        return new Schedule(iterations, evaluateEvery, false);
    }

    public static Schedule ofEpochs(int epochs, int iterationsPerEpoch) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        return new Schedule(Math.toIntExact((long) (epochs - 1) * iterationsPerEpoch + 1), iterationsPerEpoch, true);
    }

    /** The same length without any evaluation (benchmarks time the training alone). */
    public Schedule withoutEvaluation() {
        return new Schedule(iterations, -1, false);
    }

    /** Whether the record after {@code iteration} updates (1-based) carries accuracies. */
    public boolean evaluatesAfter(int iteration) {
        if (byEpoch) {
            return (iteration - 1) % interval == 0;
        }
        return interval >= 0 && (iteration == iterations || interval > 0 && iteration % interval == 0);
    }

    /** The epoch that the record after {@code iteration} updates closes, or -1. */
    public int epochAfter(int iteration) {
        return byEpoch && evaluatesAfter(iteration) ? (iteration - 1) / interval : -1;
    }
}
