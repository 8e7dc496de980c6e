package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.ui.kit.job.JobRunner;

/**
 * The lab's fair race and noise without a screen: worker and FX hand-over run in place, so each
 * call has ended when it returns.
 */
class LabFairRaceTest {
    private OptimizerLabModel model;
    private FairRace race;

    @BeforeEach
    void bowlWithSgdOnly() {
        model = new OptimizerLabModel();
        model.setSurface("bowl");
        model.setStart(new Vec2(1, 2));
        model.runs().forEach(run -> run.enabledProperty().set(run.kind() == OptimizerKind.SGD));
        race = new FairRace(model, new JobRunner(Runnable::run, Runnable::run));
    }

    @Test
    void tuningSetsSgdToTheRateThatLandsInOneStep() {
        race.tune();
        assertEquals(FairRace.Status.DONE, race.statusProperty().get());
        assertEquals(List.of(new FairRace.Tuned(OptimizerKind.SGD, OptionalDouble.of(0.5))), race.tunedProperty().get());
        assertEquals(0.5, model.run(OptimizerKind.SGD).settings().learningRate());
        assertEquals(0, model.run(OptimizerKind.SGD).trajectory().point(1).f(), "one step to the minimum");
        assertEquals(0.1, model.run(OptimizerKind.MOMENTUM).settings().learningRate(), "a hidden run is not tuned");
    }

    @Test
    void changingTheNoiseForgetsTheTunedRatesAndTheTable() {
        race.tune();
        race.manyStarts();
        assertEquals(100, race.startsProperty().get().outcomes().getFirst().reached());
        model.setNoise(new GradientNoise(0.2, 3));
        assertEquals(List.of(), race.tunedProperty().get());
        assertNull(race.startsProperty().get());
        assertEquals(FairRace.Status.IDLE, race.statusProperty().get());
    }

    @Test
    void theRacesRunWithTheLabsNoise() {
        model.update(OptimizerKind.SGD, s -> s.withLearningRate(0.5));
        model.setNoise(new GradientNoise(0.2, 3));
        race.manyStarts();
        // η = 0.5 on the bowl: x ← x − 0.5·(2x + σ·n) = −0.5·σ·n, so after one step the start is
        // forgotten and, with one seed for all, every start walks the same noisy path: all 100
        // reach f < 0.001 at the same step or none does, and not at step 1 as without noise
        // (f = 0.01·(n₁² + n₂²) there is below 0.001 with chance 1 − e^(−0.05) ≈ 5 % per step).
        var outcome = race.startsProperty().get().outcomes().getFirst();
        assertTrue(outcome.reached() == 0 || outcome.reached() == 100, outcome.toString());
        var one = TrajectoryRunner.run(model.trajectorySettings(model.run(OptimizerKind.SGD)));
        var reachedAt = org.gradientlab.core.surface.RunSummary.of(one).firstStepBelow();
        assertEquals(reachedAt.isPresent() ? 100 : 0, outcome.reached());
        if (reachedAt.isPresent()) {
            assertEquals(OptionalDouble.of(reachedAt.getAsInt()), outcome.medianSteps());
            assertTrue(reachedAt.getAsInt() > 1);
        }
    }

    @Test
    void theBooksSetupTurnsTheNoiseOffAndShowsTheBooksPaths() {
        model.setNoise(new GradientNoise(0.5, 1));
        model.bookSetup();
        assertTrue(model.noise().isNone());
        assertEquals(TrajectoryRunner.run(TrajectorySettings.bookFigure(OptimizerKind.SGD)).points(),
                model.run(OptimizerKind.SGD).trajectory().points());
    }
}
