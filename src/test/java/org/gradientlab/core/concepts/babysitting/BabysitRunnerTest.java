package org.gradientlab.core.concepts.babysitting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.Parameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every step of the checklist on the real MNIST digits, as the learner runs it. */
class BabysitRunnerTest {
    private static final List<BabysitStep> STEPS = BabysitStep.lecture();
    private static final long SEED = 5;
    private static BabysitRunner runner;

    @BeforeAll
    static void load() {
        runner = new BabysitRunner(Mnist.bundled());
    }

    @AfterAll
    static void close() {
        runner.close();
    }

    private static StepResult run(BabysitStep step) throws InterruptedException {
        return runner.run(step, SEED, new RunControl(), ProgressListener.NONE);
    }

    @Test
    void smallWeightsGiveAnInitialLossOfLnTen() throws Exception {
        StepResult result = run(STEPS.get(0));
        assertEquals(Math.log(10), result.baseline(), 1e-12);
        assertEquals(Math.log(10), result.observed(), 0.02);
        assertTrue(result.passed());
        assertEquals(0, result.losses().length);
    }

    @Test
    void largeInitialWeightsFailTheInitialLossCheck() throws Exception {
        StepResult result = run(STEPS.get(0).withWeightInit(WeightInit.ofStd(1)));
        assertTrue(result.observed() > Math.log(10) + 1, "loss " + result.observed());
        assertEquals(StepResult.Outcome.FAILED, result.outcome());
    }

    @Test
    void raisingLambdaRaisesTheLossByHalfLambdaTimesTheSquaredWeights() throws Exception {
        BabysitStep step = STEPS.get(1).withTrainSize(3000);
        StepResult result = run(step);
        assertTrue(result.observed() > result.baseline(), result.observed() + " vs " + result.baseline());
        assertTrue(result.passed());
        // The same weights: the rise is the penalty ½·λ·ΣW² over W1 and W2, summed here by hand.
        double squares = 0;
        for (Parameter p : new MultiLayerNet(step.network(SEED)).parameters()) {
            if (p.name().startsWith("W")) {
                for (int i = 0; i < p.value().size(); i++) {
                    squares += p.value().get(i) * p.value().get(i);
                }
            }
        }
        assertEquals(0.5 * step.weightDecay() * squares, result.observed() - result.baseline(), 1e-4);
    }

    @Test
    void twentyExamplesAreMemorisedWithoutRegularisation() throws Exception {
        StepResult result = run(STEPS.get(2));
        assertEquals(1.0, result.trainAccuracy());
        assertEquals(1.0, result.observed());
        assertTrue(result.endLoss() < 0.05, "end loss " + result.endLoss());
        assertEquals(STEPS.get(2).iterations(), result.losses().length);
        assertEquals(Math.log(10), result.startLoss(), 0.02);
        assertTrue(result.passed());
    }

    @Test
    void tooLowALearningRateBarelyMovesTheLoss() throws Exception {
        StepResult result = run(STEPS.get(3));
        double relative = (result.endLoss() - result.startLoss()) / result.startLoss();
        assertEquals(relative, result.observed(), 1e-12);
        assertTrue(Math.abs(relative) < 0.01, "relative change " + relative);
        assertTrue(result.passed());
    }

    @Test
    void tooHighALearningRateMakesTheLossExplode() throws Exception {
        StepResult result = run(STEPS.get(4));
        double[] losses = result.losses();
        boolean blewUp = result.divergedAt() > 0 || java.util.Arrays.stream(losses).max().orElseThrow()
                > 3 * result.startLoss();
        assertTrue(blewUp, java.util.Arrays.toString(losses));
        assertTrue(result.observed() > 3);
        assertTrue(result.passed());
    }

    @Test
    void aFittingLearningRateBringsTheLossWellDown() throws Exception {
        StepResult result = run(STEPS.get(5));
        assertTrue(result.endLoss() < 0.5 * result.startLoss(), result.startLoss() + " → " + result.endLoss());
        assertTrue(result.passed());
    }

    @Test
    void aLearningRateTooLowFailsTheDropCheck() throws Exception {
        StepResult result = run(STEPS.get(5).withLearningRate(1e-6).withIterations(50));
        assertTrue(result.observed() > 0.9, "end/start " + result.observed());
        assertEquals(StepResult.Outcome.FAILED, result.outcome());
    }

    @Test
    void theSameSeedGivesTheSameCurve() throws Exception {
        BabysitStep step = STEPS.get(2).withIterations(40);
        assertArrayEquals(run(step).losses(), run(step).losses());
    }

    @Test
    void cancellingStopsATrainingStepWithinAMiniBatch() throws Exception {
        RunControl control = new RunControl();
        AtomicInteger heard = new AtomicInteger();
        StepResult result = runner.run(STEPS.get(5), SEED, control, progress -> {
            if (heard.incrementAndGet() == 5) {
                control.cancel();
            }
        });
        assertEquals(StepResult.Outcome.CANCELLED, result.outcome());
        assertTrue(result.losses().length <= 6, "trained " + result.losses().length);
        assertFalse(result.passed());
    }

    @Test
    void aCancelledLossStepReportsCancelled() throws Exception {
        RunControl control = new RunControl();
        control.cancel();
        StepResult result = runner.run(STEPS.get(0), SEED, control, ProgressListener.NONE);
        assertEquals(StepResult.Outcome.CANCELLED, result.outcome());
    }
}
