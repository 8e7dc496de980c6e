package org.gradientlab.core.concepts.schedules;

import java.util.List;

import org.gradientlab.core.experiment.training.TrainingSetup;
import org.gradientlab.core.optim.LearningRateSchedule;
import org.gradientlab.core.optim.LearningRateSchedule.Constant;
import org.gradientlab.core.optim.LearningRateSchedule.Exponential;
import org.gradientlab.core.optim.LearningRateSchedule.InverseTime;
import org.gradientlab.core.optim.LearningRateSchedule.StepDecay;

/**
 * The four schedules of the lecture from one α0: constant, step decay, exponential and 1/t
 * decay, over one run length. Each schedule record checks its own parameters, so an invalid
 * value fails here with that record's message.
 *
 * @param initialRate  α0 of all four
 * @param stepEvery    k of step decay: updates between drops
 * @param stepGamma    γ of step decay: the factor of each drop
 * @param exponentialK k of α0·e^(−kt)
 * @param inverseTimeK k of α0/(1 + kt)
 * @param iterations   updates per series, in [1, {@value ScheduleComparison#MAX_ITERATIONS}]
 */
public record ScheduleSettings(double initialRate, int stepEvery, double stepGamma, double exponentialK,
                               double inverseTimeK, int iterations) {

    public ScheduleSettings {
        schedules(initialRate, stepEvery, stepGamma, exponentialK, inverseTimeK);
        if (iterations < 1 || iterations > ScheduleComparison.MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be in [1, " + ScheduleComparison.MAX_ITERATIONS
                    + "], got " + iterations);
        }
    }

    /**
     * α0 1 over 2000 updates: a rate that trains the page's net fast but keeps its loss noisy
     * (measured: constant 1 ends near 0.13 after 1000 updates, 0.5 near 0.11). The three decays
     * end near α0/10 and cross on the way: step halves every 500 (0.125 at the end),
     * exponential k 0.00115 (0.100), 1/t k 0.0045 (0.100).
     */
    public static ScheduleSettings defaults() {
        return new ScheduleSettings(1.0, 500, 0.5, 0.00115, 0.0045, 2000);
    }

    /** Constant, step, exponential, 1/t, in this order. */
    public List<LearningRateSchedule> schedules() {
        return schedules(initialRate, stepEvery, stepGamma, exponentialK, inverseTimeK);
    }

    /** The four schedules on {@code setup}'s network, named by their ids. */
    public ScheduleComparison comparison(TrainingSetup setup) {
        return new ScheduleComparison(setup, schedules().stream()
                .map(s -> new ScheduleComparison.Run(s.id(), s)).toList(), iterations);
    }

    private static List<LearningRateSchedule> schedules(double initialRate, int stepEvery, double stepGamma,
                                                        double exponentialK, double inverseTimeK) {
        return List.of(new Constant(initialRate), new StepDecay(initialRate, stepEvery, stepGamma),
                new Exponential(initialRate, exponentialK), new InverseTime(initialRate, inverseTimeK));
    }
}
