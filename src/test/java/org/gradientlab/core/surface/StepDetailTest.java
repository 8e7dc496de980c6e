package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class StepDetailTest {

    private static void assertVec(double x, double y, Vec2 actual, double tolerance) {
        assertEquals(x, actual.x(), tolerance, "x of " + actual);
        assertEquals(y, actual.y(), tolerance, "y of " + actual);
    }

    @Test
    void momentumFirstUpdateStartsFromZeroVelocity() {
        // Book figure: lr 0.1, α 0.9, from (−7, 2) where ∇f = (x/10, 2y) = (−0.7, 4).
        Trajectory run = TrajectoryRunner.run(TrajectorySettings.bookFigure(OptimizerKind.MOMENTUM));
        StepDetail first = StepDetail.of(run, 0).orElseThrow();
        assertVec(-0.7, 4, first.gradient(), 1e-15);
        assertVec(0, 0, first.before().get("v"), 0);
        // v = 0.9·0 − 0.1·∇f, W += v.
        assertVec(0.07, -0.4, first.after().get("v"), 1e-15);
        assertVec(0.07, -0.4, first.update(), 1e-15);
        assertVec(0.07, -0.4, first.plainStep(), 1e-15);
        assertVec(-6.93, 1.6, first.next(), 1e-15);
        assertTrue(first.adamLearningRate().isEmpty());

        StepDetail second = StepDetail.of(run, 1).orElseThrow();
        assertVec(0.07, -0.4, second.before().get("v"), 1e-15);
        // v = 0.9·(0.07, −0.4) − 0.1·(−0.693, 3.2)
        assertVec(0.9 * 0.07 + 0.0693, 0.9 * -0.4 - 0.32, second.after().get("v"), 1e-15);
    }

    @Test
    void adamShowsItsBiasCorrectedMoments() {
        Trajectory run = TrajectoryRunner.run(TrajectorySettings.bookFigure(OptimizerKind.ADAM));
        StepDetail first = StepDetail.of(run, 0).orElseThrow();
        // t = 1: m = 0.1·g, v = 0.001·g², so m̂ = g and v̂ = g².
        assertVec(-0.7, 4, first.after().get(StepDetail.M_HAT), 1e-12);
        assertVec(0.49, 16, first.after().get(StepDetail.V_HAT), 1e-12);
        assertEquals(0.3 * Math.sqrt(0.001) / 0.1, first.adamLearningRate().getAsDouble(), 1e-15);
        // Adam's first move is lr·sign(g) up to ε: (0.3, −0.3).
        assertVec(0.3, -0.3, first.update(), 1e-5);
        assertEquals(List.of("m", "v", "step_size", StepDetail.M_HAT, StepDetail.V_HAT),
                List.copyOf(first.after().keySet()));
    }

    @Test
    void lastPointHasNoUpdate() {
        Trajectory run = TrajectoryRunner.run(TrajectorySettings.bookFigure(OptimizerKind.SGD));
        assertTrue(StepDetail.of(run, 30).isEmpty());
        assertTrue(StepDetail.of(run, 29).isPresent());
        assertTrue(StepDetail.of(run, 29).orElseThrow().after().isEmpty(), "SGD keeps no state");
    }
}
