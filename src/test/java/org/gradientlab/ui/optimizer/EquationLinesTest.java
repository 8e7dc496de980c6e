package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.StepDetail;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;
import org.junit.jupiter.api.Test;

/** The state panel's equations, by hand for the book's first steps from (−7, 2), ∇f = (−0.7, 4). */
class EquationLinesTest {
    private static StepDetail first(OptimizerKind kind) {
        return StepDetail.of(TrajectoryRunner.run(TrajectorySettings.bookFigure(kind)), 0).orElseThrow();
    }

    @Test
    void sgdSubstitutesLearningRateAndGradient() {
        // x = −7 − 0.95·(−0.7) = −6.335; y = 2 − 0.95·4 = −1.8
        assertEquals(List.of("x = −7 − 0.95·(−0.7) = −6.335"), StatePanel.lines("x", first(OptimizerKind.SGD), Vec2::x));
        assertEquals(List.of("y = 2 − 0.95·4 = −1.8"), StatePanel.lines("y", first(OptimizerKind.SGD), Vec2::y));
    }

    @Test
    void momentumShowsVelocityThenPosition() {
        // v = 0.9·0 − 0.1·4 = −0.4; y = 2 + (−0.4) = 1.6
        assertEquals(List.of("vy = 0.9·0 − 0.1·4 = (−0.4)", "y = 2 + (−0.4) = 1.6"),
                StatePanel.lines("y", first(OptimizerKind.MOMENTUM), Vec2::y));
    }

    @Test
    void adaGradShowsTheGrowingSumOfSquares() {
        // h = 0 + 4² = 16; y = 2 − 1.5·4/(√16 + 1e−7) = 0.5 (to 4 digits)
        assertEquals(List.of("hy = 0 + 4² = 16", "y = 2 − 1.5·4 / (√16 + 1e−7) = 0.5"),
                StatePanel.lines("y", first(OptimizerKind.ADAGRAD), Vec2::y));
    }
}
