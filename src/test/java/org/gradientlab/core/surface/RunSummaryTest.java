package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }
}
