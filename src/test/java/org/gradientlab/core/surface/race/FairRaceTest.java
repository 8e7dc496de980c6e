package org.gradientlab.core.surface.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

class FairRaceTest {
    private static final OptimizerSettings SGD = OptimizerSettings.defaults(OptimizerKind.SGD);

    @Test
    void gridIsOneTwoFivePerDecadeFromATenThousandthToTen() {
        assertEquals(16, RateTuning.GRID.size());
        assertEquals(1e-4, RateTuning.GRID.get(0));
        assertEquals(5e-1, RateTuning.GRID.get(11));
        assertEquals(10.0, RateTuning.GRID.get(15));
    }

    @Test
    void tuningSgdOnTheBowlFindsTheRateThatLandsInOneStep() {
        // f = x² + y²: SGD multiplies each coordinate by 1 − 2η per step. η = 0.5 lands on the
        // minimum at the first step (f = 0 exactly); η = 1 flips the sign and keeps f; η ≥ 2 blows up.
        TrajectorySettings race = new TrajectorySettings(PresetSurface.BOWL, SGD, new Vec2(1, 2), 30);
        RateTuning.Result result = RateTuning.tune(race, RateTuning.GRID, () -> false).orElseThrow();
        assertEquals(0.5, result.best().learningRate());
        assertEquals(0, result.bestScore());
        int one = RateTuning.GRID.indexOf(1.0);
        assertEquals(5, result.scores().get(one), 1e-12, "η = 1 swings between ±start: f stays 1 + 4");
        assertEquals(Double.POSITIVE_INFINITY, result.scores().get(RateTuning.GRID.indexOf(5.0)));
    }

    @Test
    void tuningSgdOnTheBooksSurfaceTakesTheLargestRateThatDoesNotSwingInY() {
        // f = x²/20 + y² from (−7, 2), 30 steps: SGD multiplies x by 1 − η/10 and y by 1 − 2η.
        // η = 0.5 zeroes y at once and leaves f = 49/20 · 0.95⁶⁰; η = 1 keeps |y| = 2 (f ≥ 4);
        // η = 0.2 leaves 49/20 · 0.98⁶⁰ + 4 · 0.6⁶⁰, larger. So 0.5 wins on the 1-2-5 grid.
        TrajectorySettings race = new TrajectorySettings(PresetSurface.BOOK, SGD, TrajectorySettings.BOOK_START, 30);
        RateTuning.Result result = RateTuning.tune(race, RateTuning.GRID, () -> false).orElseThrow();
        assertEquals(0.5, result.best().learningRate());
        assertEquals(49.0 / 20 * Math.pow(0.95, 60), result.bestScore(), 1e-12);
        assertEquals(49.0 / 20 * Math.pow(0.98, 60) + 4 * Math.pow(0.6, 60),
                result.scores().get(RateTuning.GRID.indexOf(0.2)), 1e-12);
    }

    @Test
    void noRateWinsWhenEveryRunBlowsUp() {
        TrajectorySettings race = new TrajectorySettings(PresetSurface.BOWL, SGD, new Vec2(1, 2), 100);
        assertTrue(RateTuning.tune(race, List.of(2.0, 5.0, 10.0), () -> false).isEmpty());
    }

    @Test
    void tuningStopsWhenCancelled() {
        AtomicInteger asked = new AtomicInteger();
        TrajectorySettings race = new TrajectorySettings(PresetSurface.BOWL, SGD, new Vec2(1, 2), 30);
        assertThrows(CancellationException.class,
                () -> RateTuning.tune(race, RateTuning.GRID, () -> asked.incrementAndGet() > 3));
        assertEquals(4, asked.get(), "cancel takes effect before the next run");
    }

    @Test
    void manyStartsOnTheBowlAllReachTheMinimumInOneStep() {
        // A 3 × 3 grid over −3..3 has its centre at the minimum (reached at step 0) and eight
        // starts that η = 0.5 takes there in one step: nine of nine, median 1.
        List<Vec2> starts = ManyStarts.grid(new ViewRect(-3, 3, -3, 3), 3);
        assertEquals(new Vec2(-2, -2), starts.get(0));
        assertEquals(new Vec2(0, 0), starts.get(4));
        ManyStarts.Outcome outcome = ManyStarts.run(PresetSurface.BOWL, SGD.withLearningRate(0.5), starts, 10,
                GradientNoise.NONE, () -> false);
        assertEquals(9, outcome.reached());
        assertEquals(1.0, outcome.share());
        assertEquals(OptionalDouble.of(1), outcome.medianSteps());
    }

    @Test
    void aSurfaceWithoutAKnownMinimumReachesNothing() {
        ManyStarts.Outcome outcome = ManyStarts.run(PresetSurface.SADDLE, SGD.withLearningRate(0.1),
                ManyStarts.grid(PresetSurface.SADDLE.view(), 4), 30, GradientNoise.NONE, () -> false);
        assertFalse(outcome.minimumKnown());
        assertEquals(0, outcome.reached());
        assertEquals(16, outcome.starts());
        assertTrue(outcome.medianSteps().isEmpty());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(OptionalDouble.of(2), ManyStarts.median(new int[] {3, 1, 2}));
        assertEquals(OptionalDouble.of(2.5), ManyStarts.median(new int[] {4, 1, 3, 2}));
        assertTrue(ManyStarts.median(new int[0]).isEmpty());
    }

    @Test
    void gridSideIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> ManyStarts.grid(PresetSurface.BOWL.view(), 0));
        assertThrows(IllegalArgumentException.class, () -> ManyStarts.grid(PresetSurface.BOWL.view(), 51));
    }
}
