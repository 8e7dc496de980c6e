package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    private static OptimizerSettings sgd(double lr) {
        return OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(lr);
    }

    @Test
    void halvingRunOnTheBowlEndsWhereTheHandSaysIt() {
        // f = x² + y² from (1, 0), SGD lr 0.25: x ← x − 0.25·2x = x/2, so f = 0.25ᵏ.
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.BOWL, sgd(0.25), new Vec2(1, 0), 10));
        RunSummary summary = RunSummary.of(run);
        assertEquals(Math.pow(0.25, 10), summary.finalF(), 1e-18);
        assertEquals(Math.pow(0.5, 10), summary.distanceToMinimum().getAsDouble(), 1e-15);
        // 0.25⁴ = 0.0039 ≥ 1e-3 > 0.25⁵ = 0.00098.
        assertEquals(OptionalInt.of(5), summary.firstStepBelow());
        assertTrue(summary.divergedAt().isEmpty());
    }

    @Test
    void distanceIsToTheNearestOfSeveralMinima() {
        // Himmelblau has four minima; a start on one of them stays there.
        Vec2 minimum = PresetSurface.HIMMELBLAU.minima().get(2);
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.HIMMELBLAU, sgd(0.001),
                new Vec2(minimum.x() + 0.01, minimum.y()), 1));
        double expected = Math.hypot(run.last().x() - minimum.x(), run.last().y() - minimum.y());
        assertEquals(expected, RunSummary.of(run).distanceToMinimum().getAsDouble(), 1e-15);
        assertTrue(expected < 0.01);
    }

    @Test
    void surfaceWithoutMinimumHasNoDistance() {
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.SADDLE, sgd(0.1), new Vec2(1, 0.1), 5));
        assertTrue(RunSummary.of(run).distanceToMinimum().isEmpty());
    }

    @Test
    void divergedRunNeverReachesTheTarget() {
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.BOOK, sgd(1.1),
                TrajectorySettings.BOOK_START, 1000));
        RunSummary summary = RunSummary.of(run);
        assertEquals(OptionalInt.of(72), summary.divergedAt());
        assertTrue(summary.firstStepBelow().isEmpty());
        assertEquals(run.last().f(), summary.finalF());
    }

    @Test
    void runUndefinedAtItsStartHasNoFinalValue() {
        // sqrt(x) is NaN left of the axis: the run diverges before its first point.
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(ExpressionSurface.parse("sqrt(x) + y^2"), sgd(0.1),
                new Vec2(-7, 2), 5));
        RunSummary summary = RunSummary.of(run);
        assertEquals(OptionalInt.of(0), summary.divergedAt());
        assertTrue(Double.isNaN(summary.finalF()));
        assertTrue(summary.firstStepBelow().isEmpty());
        assertEquals(Trajectory.Ending.UNDEFINED, summary.ending());
        assertTrue(run.undefinedAtStart());
    }

    @Test
    void stepOutOfTheDomainIsUndefinedThereNotABlowUp() {
        // f = log(x) + y² from (0.5, 0), SGD lr 1: x ← 0.5 − 1·(1/0.5) = −1.5, where log is NaN.
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(ExpressionSurface.parse("log(x) + y^2"), sgd(1),
                new Vec2(0.5, 0), 5));
        assertEquals(OptionalInt.of(1), run.divergedAt());
        assertEquals(Trajectory.Ending.UNDEFINED, run.ending());
        assertFalse(run.undefinedAtStart());
    }

    @Test
    void surfaceWithoutFloorEndsUnboundedNotDiverged() {
        // f = −x² from x = 1, SGD lr 1: x ← x + 2x = 3x, f = −9ᵏ; −9ᵏ < −10¹² first at k = 13.
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(ExpressionSurface.parse("-x^2"), sgd(1),
                new Vec2(1, 0), 50));
        assertEquals(OptionalInt.of(13), run.divergedAt());
        assertEquals(Trajectory.Ending.UNBOUNDED, run.ending());
        RunSummary summary = RunSummary.of(run);
        assertFalse(summary.minimumKnown());
        assertTrue(summary.firstStepBelow().isEmpty(), "f < 0.001 from step 1 means nothing without a minimum");
    }

    @Test
    void blowUpUpwardsIsDiverged() {
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.BOOK, sgd(1.1),
                TrajectorySettings.BOOK_START, 1000));
        assertEquals(Trajectory.Ending.DIVERGED, run.ending());
    }

    @Test
    void finishedRunSaysSo() {
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.BOWL, sgd(0.25), new Vec2(1, 0), 10));
        assertEquals(Trajectory.Ending.FINISHED, run.ending());
        assertThrows(IllegalArgumentException.class,
                () -> new Trajectory(run.settings(), run.points(), OptionalInt.of(3), Trajectory.Ending.FINISHED));
    }
}
