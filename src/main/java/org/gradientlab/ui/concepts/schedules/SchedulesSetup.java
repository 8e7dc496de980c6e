package org.gradientlab.ui.concepts.schedules;

import org.gradientlab.core.concepts.schedules.ScheduleSettings;
import org.gradientlab.core.optim.LearningRateSchedule;
import org.gradientlab.ui.lab.SetupChecks;

/**
 * The schedules page as a saved scene holds it: the editors' values, in the editors' ranges
 * (so a file cannot hold what a learner could not type). The loss curves are results, not setup.
 *
 * @param initialRate  α0 of all four schedules, finite and > 0
 * @param stepEvery    k of step decay, updates between drops
 * @param stepGamma    γ of step decay, in (0, 1]
 * @param exponentialK k of α0·e^(−kt), ≥ 0
 * @param inverseTimeK k of α0/(1 + kt), ≥ 0
 * @param iterations   updates per series, {@value #MIN_ITERATIONS}..{@value #MAX_ITERATIONS}
 */
public record SchedulesSetup(double initialRate, int stepEvery, double stepGamma, double exponentialK,
                             double inverseTimeK, int iterations) {
    /** Runs the page trains: long enough to see the decays act, short enough for a lesson. */
    public static final int MIN_ITERATIONS = 10;
    public static final int MAX_ITERATIONS = 20_000;

    public SchedulesSetup {
        SetupChecks.in("initialRate", initialRate, Double.MIN_VALUE, Double.MAX_VALUE);
        SetupChecks.in("stepEvery", stepEvery, 1, LearningRateSchedule.MAX_ITERATION);
        SetupChecks.in("stepGamma", stepGamma, Double.MIN_VALUE, 1);
        SetupChecks.in("exponentialK", exponentialK, 0, Double.MAX_VALUE);
        SetupChecks.in("inverseTimeK", inverseTimeK, 0, Double.MAX_VALUE);
        SetupChecks.in("iterations", iterations, MIN_ITERATIONS, MAX_ITERATIONS);
    }

    static SchedulesSetup of(ScheduleSettings s) {
        return new SchedulesSetup(s.initialRate(), s.stepEvery(), s.stepGamma(), s.exponentialK(), s.inverseTimeK(),
                s.iterations());
    }

    ScheduleSettings settings() {
        return new ScheduleSettings(initialRate, stepEvery, stepGamma, exponentialK, inverseTimeK, iterations);
    }
}
