package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GradientNoiseTest {

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void zeroNoiseKeepsTheBooksPathsExactly(OptimizerKind kind) {
        TrajectorySettings book = TrajectorySettings.bookFigure(kind);
        Trajectory exact = TrajectoryRunner.run(book);
        Trajectory zero = TrajectoryRunner.run(book.withNoise(new GradientNoise(0, 12345)));
        assertEquals(exact.points().size(), zero.points().size());
        for (int i = 0; i < exact.points().size(); i++) {
            assertEquals(exact.point(i).x(), zero.point(i).x(), 1e-12);
            assertEquals(exact.point(i).y(), zero.point(i).y(), 1e-12);
        }
    }

    @Test
    void sgdStepsAlongTheNoisyGradientItShows() {
        // f = x² + y² from (1, 2), SGD lr 0.1, σ = 0.5: ∇f = (2, 4) plus σ times the seed's first
        // two standard normal draws; SGD moves by −0.1 times that.
        double sigma = 0.5;
        Random draws = new Random(7);
        double gx = 2 + sigma * draws.nextGaussian();
        double gy = 4 + sigma * draws.nextGaussian();
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.BOWL,
                OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(0.1), new Vec2(1, 2), 1,
                new GradientNoise(sigma, 7)));
        assertEquals(gx, run.point(0).gradient().x(), 1e-15);
        assertEquals(gy, run.point(0).gradient().y(), 1e-15);
        assertEquals(1 - 0.1 * gx, run.point(1).x(), 1e-15);
        assertEquals(2 - 0.1 * gy, run.point(1).y(), 1e-15);
    }

    @Test
    void theSeedDecidesTheWalk() {
        TrajectorySettings book = TrajectorySettings.bookFigure(OptimizerKind.SGD);
        Trajectory a = TrajectoryRunner.run(book.withNoise(new GradientNoise(1, 3)));
        Trajectory b = TrajectoryRunner.run(book.withNoise(new GradientNoise(1, 3)));
        Trajectory c = TrajectoryRunner.run(book.withNoise(new GradientNoise(1, 4)));
        assertEquals(a.last(), b.last());
        assertNotEquals(a.last().x(), c.last().x());
    }

    @Test
    void momentumSmoothsTheRandomWalkThatSgdTakes() {
        // At the bowl's minimum a run only jitters. SGD lr 0.1 and Momentum lr 0.01 with α 0.9 have
        // the same long-run rate (0.01 / (1 − 0.9)), but SGD's every step carries a fresh draw,
        // noise variance (0.1·σ)² = 0.04 per coordinate at σ = 2, while Momentum's velocity averages
        // them: (0.01·σ)² / (1 − 0.9²) ≈ 0.0021. Its path is about twenty times smoother.
        double sgd = 0;
        double momentum = 0;
        for (long seed = 0; seed < 20; seed++) {
            GradientNoise noise = new GradientNoise(2, seed);
            sgd += meanSquaredStep(run(OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(0.1), noise));
            momentum += meanSquaredStep(run(OptimizerSettings.defaults(OptimizerKind.MOMENTUM).withLearningRate(0.01),
                    noise));
        }
        assertTrue(momentum * 5 < sgd, "momentum " + momentum / 20 + " against sgd " + sgd / 20);
    }

    @Test
    void badSigmaIsRefusedWithItsRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GradientNoise(-1, 0));
        assertEquals("noise sigma must be in 0..1000000.0, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GradientNoise(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new GradientNoise(Double.POSITIVE_INFINITY, 0));
    }

    private static Trajectory run(OptimizerSettings optimizer, GradientNoise noise) {
        return TrajectoryRunner.run(new TrajectorySettings(PresetSurface.BOWL, optimizer, new Vec2(0, 0), 200, noise));
    }

    private static double meanSquaredStep(Trajectory run) {
        double sum = 0;
        for (int i = 1; i < run.points().size(); i++) {
            double dx = run.point(i).x() - run.point(i - 1).x();
            double dy = run.point(i).y() - run.point(i - 1).y();
            sum += dx * dx + dy * dy;
        }
        return sum / (run.points().size() - 1);
    }
}
