package org.gradientlab.core.optim;

/**
 * How the learning rate anneals during training (CS231n notes, "Neural Networks Part 3",
 * Annealing the learning rate): the rate α of update t, with t = 0 the first update. A trainer
 * calls {@link ElementwiseOptimizer#setLearningRate} with {@link #rate(int)} before each update.
 * It lives beside the optimizers because the optimizer is what reads lr, as PyTorch's
 * torch.optim.lr_scheduler sits beside torch.optim.
 */
public sealed interface LearningRateSchedule {

    /** α of update {@code iteration} (0-based); finite and ≥ 0. */
    double rate(int iteration);

    /** α0, the rate of the first update. */
    double initialRate();

    /** The command-line id: constant, step, exponential or inverse-time. */
    String id();

    /** α = α0 at every update (the book's optimizers: lr fixed). */
    record Constant(double initialRate) implements LearningRateSchedule {
        public Constant {
            requireInitialRate(initialRate);
        }

        @Override
        public double rate(int iteration) {
            requireIteration(iteration);
            return initialRate;
        }

        @Override
        public String id() {
            return "constant";
        }
    }

    /**
     * Step decay: α = α0·γ^⌊t/k⌋, the rate multiplied by γ every k updates (CS231n: "reduce the
     * learning rate by some factor every few epochs", e.g. by half every 5 epochs).
     *
     * @param every k, updates between two drops, in [1, 1 000 000]
     * @param gamma γ, the factor of each drop, in (0, 1]
     */
    record StepDecay(double initialRate, int every, double gamma) implements LearningRateSchedule {
        public StepDecay {
            requireInitialRate(initialRate);
            if (every < 1 || every > MAX_ITERATION) {
                throw new IllegalArgumentException("step decay interval k must be in [1, " + MAX_ITERATION
                        + "] updates, got " + every);
            }
            if (!(gamma > 0 && gamma <= 1)) {
                throw new IllegalArgumentException("step decay factor gamma must be in (0, 1], got " + gamma);
            }
        }

        @Override
        public double rate(int iteration) {
            requireIteration(iteration);
            return initialRate * Math.pow(gamma, iteration / every);
        }

        @Override
        public String id() {
            return "step";
        }
    }

    /**
     * Exponential decay: α = α0·e^(−kt) (CS231n notes).
     *
     * @param k the decay per update, finite and ≥ 0
     */
    record Exponential(double initialRate, double k) implements LearningRateSchedule {
        public Exponential {
            requireInitialRate(initialRate);
            requireDecay("exponential", k);
        }

        @Override
        public double rate(int iteration) {
            requireIteration(iteration);
            return initialRate * Math.exp(-k * iteration);
        }

        @Override
        public String id() {
            return "exponential";
        }
    }

    /**
     * 1/t decay: α = α0/(1 + kt) (CS231n notes).
     *
     * @param k the decay per update, finite and ≥ 0
     */
    record InverseTime(double initialRate, double k) implements LearningRateSchedule {
        public InverseTime {
            requireInitialRate(initialRate);
            requireDecay("1/t", k);
        }

        @Override
        public double rate(int iteration) {
            requireIteration(iteration);
            return initialRate / (1 + k * iteration);
        }

        @Override
        public String id() {
            return "inverse-time";
        }
    }

    /** The largest iteration a schedule is asked about, as the experiments' longest run. */
    int MAX_ITERATION = 1_000_000;

    private static void requireInitialRate(double initialRate) {
        if (!(initialRate > 0 && initialRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("initial learning rate must be a finite number > 0, got "
                    + initialRate);
        }
    }

    private static void requireDecay(String schedule, double k) {
        if (!(k >= 0 && k < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(schedule + " decay k must be a finite number >= 0, got " + k);
        }
    }

    private static void requireIteration(int iteration) {
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration must be >= 0, got " + iteration);
        }
    }
}
