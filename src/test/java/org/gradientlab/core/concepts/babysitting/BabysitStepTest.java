package org.gradientlab.core.concepts.babysitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.nn.WeightInit;
import org.junit.jupiter.api.Test;

class BabysitStepTest {
    private static final BabysitStep OVERFIT = BabysitStep.lecture().get(2);

    @Test
    void lectureListsTheSixChecksInTheLecturesOrder() {
        List<BabysitStep> steps = BabysitStep.lecture();
        assertEquals(List.of("initial-loss", "regularization", "overfit", "lr-too-low", "lr-too-high", "lr-right"),
                steps.stream().map(BabysitStep::id).toList());
        assertEquals(List.of(Check.NEAR_CHANCE, Check.ABOVE_BASELINE, Check.MEMORIZES, Check.BARELY_MOVES,
                Check.EXPLODES, Check.DROPS), steps.stream().map(BabysitStep::check).toList());
        // The lecture: λ = 0 for the first loss and the tiny set, 20 examples, lr 1e-6 and 1e6.
        assertEquals(0, steps.get(0).weightDecay());
        assertTrue(steps.get(1).weightDecay() > 0);
        assertEquals(20, steps.get(2).trainSize());
        assertEquals(0, steps.get(2).weightDecay());
        assertEquals(1e-6, steps.get(3).learningRate());
        assertEquals(1e6, steps.get(4).learningRate());
    }

    @Test
    void networkIsTheTwoLayerNetWithTheStepsInitAndLambda() {
        BabysitStep regularization = BabysitStep.lecture().get(1);
        var network = regularization.network(7);
        assertEquals(784, network.inputSize());
        assertEquals(List.of(50), network.hiddenSizes());
        assertEquals(10, network.outputSize());
        assertEquals(0.01, network.weightInit().std(784));
        assertEquals(regularization.weightDecay(), network.weightDecay());
        assertEquals(7, network.seed());
    }

    @Test
    void rejectsIterationsOnAStepThatDoesNotTrain() {
        BabysitStep initial = BabysitStep.lecture().get(0);
        var e = assertThrows(IllegalArgumentException.class, () -> initial.withIterations(10));
        assertTrue(e.getMessage().contains("iterations of step initial-loss must be in [0, 0]"), e.getMessage());
    }

    @Test
    void rejectsATrainingStepWithoutIterations() {
        var e = assertThrows(IllegalArgumentException.class, () -> OVERFIT.withIterations(0));
        assertTrue(e.getMessage().contains("[1, 100000]"), e.getMessage());
    }

    @Test
    void rejectsNonPositiveLearningRateAndOversizedTrainingSet() {
        var lr = assertThrows(IllegalArgumentException.class, () -> OVERFIT.withLearningRate(0));
        assertTrue(lr.getMessage().contains("learning rate"), lr.getMessage());
        var size = assertThrows(IllegalArgumentException.class, () -> OVERFIT.withTrainSize(60_001));
        assertTrue(size.getMessage().contains("training-set size"), size.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OVERFIT.withWeightInit(WeightInit.ofStd(-1)));
    }

    @Test
    void checksCompareWithTheirThresholds() {
        double ln10 = Math.log(10);
        assertTrue(Check.NEAR_CHANCE.passes(0.02, ln10 + 0.019, ln10, Double.NaN));
        assertFalse(Check.NEAR_CHANCE.passes(0.02, ln10 - 0.021, ln10, Double.NaN));
        assertTrue(Check.ABOVE_BASELINE.passes(0, 2.31, 2.30, Double.NaN));
        assertFalse(Check.ABOVE_BASELINE.passes(0, 2.30, 2.30, Double.NaN));
        assertTrue(Check.MEMORIZES.passes(0.05, 1.0, 2.3, 0.04));
        assertFalse(Check.MEMORIZES.passes(0.05, 0.95, 2.3, 0.01));
        assertFalse(Check.MEMORIZES.passes(0.05, 1.0, 2.3, 0.06));
        assertTrue(Check.BARELY_MOVES.passes(0.01, -0.009, 2.3, Double.NaN));
        assertFalse(Check.BARELY_MOVES.passes(0.01, -0.2, 2.3, Double.NaN));
        assertTrue(Check.EXPLODES.passes(3, Double.POSITIVE_INFINITY, 2.3, Double.NaN));
        assertFalse(Check.EXPLODES.passes(3, 2.9, 2.3, Double.NaN));
        assertTrue(Check.DROPS.passes(0.5, 0.5, 2.3, Double.NaN));
        assertFalse(Check.DROPS.passes(0.5, 0.51, 2.3, Double.NaN));
        for (Check check : Check.values()) {
            assertFalse(check.passes(0.5, Double.NaN, 2.3, Double.NaN), check.name());
        }
    }

    @Test
    void endLossAveragesTheLastTenMiniBatches() {
        double[] losses = new double[15];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = i;
        }
        StepResult result = new StepResult(OVERFIT, StepResult.Outcome.PASSED, 1, 0, losses, 1, 0);
        assertEquals((5 + 14) / 2.0, result.endLoss(), 1e-12);
        assertEquals(0, result.startLoss());
        assertTrue(Double.isNaN(new StepResult(OVERFIT, StepResult.Outcome.FAILED, 1, 0, new double[0], 1, 0)
                .endLoss()));
    }
}
