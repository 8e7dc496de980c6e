package org.gradientlab.core.experiment.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.experiment.probe.LayerHealth.Cue;
import org.gradientlab.core.experiment.probe.LayerHealth.Reason;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.junit.jupiter.api.Test;

/** The verdicts on the book's four figures (6-10 to 6-14) and the cases around them. */
class LayerHealthTest {
    private final ActivationProbe probe = new ActivationProbe();

    private List<LayerHealth> verdicts(WeightInit init, Activation activation) {
        ActivationProbeResult result = probe.run(ActivationProbeConfig.book(init, activation));
        return LayerHealth.ofActivations(result.activations(), activation);
    }

    private List<LayerHealth> gradientVerdicts(WeightInit init, Activation activation) {
        ActivationProbeResult result = probe.run(ActivationProbeConfig.book(init, activation).withBackward(true));
        return LayerHealth.ofGradients(result.gradients());
    }

    @Test
    void stdOneSigmoidIsSaturatedInEveryLayer() {
        for (LayerHealth layer : verdicts(WeightInit.ofStd(1), Activation.SIGMOID)) {
            assertEquals(Reason.AT_BOUNDS, layer.reason());
            assertTrue(layer.value() > 0.5, "share at 0 or 1: " + layer.value());
        }
    }

    @Test
    void smallStdSigmoidCollapsesAtOneHalf() {
        for (LayerHealth layer : verdicts(WeightInit.ofStd(0.01), Activation.SIGMOID)) {
            assertEquals(Reason.COLLAPSED, layer.reason());
            assertEquals(0.5, layer.value(), 0.01);
        }
    }

    @Test
    void xavierSigmoidIsHealthyInEveryLayer() {
        for (LayerHealth layer : verdicts(WeightInit.XAVIER, Activation.SIGMOID)) {
            assertEquals(Cue.HEALTHY, layer.cue(), layer.toString());
        }
    }

    @Test
    void heReluIsHealthyInEveryLayerForSeveralSeeds() {
        for (long seed = 0; seed < 4; seed++) {
            ActivationProbeResult result = probe.run(
                    ActivationProbeConfig.book(WeightInit.HE, Activation.RELU).withSeed(seed));
            for (LayerHealth layer : LayerHealth.ofActivations(result.activations(), Activation.RELU)) {
                assertEquals(Cue.HEALTHY, layer.cue(), "seed " + seed + ": " + layer);
                // About half of a healthy ReLU layer is exactly 0; the card must say that is expected.
                assertEquals(Reason.HALF_ZERO, layer.reason(), "seed " + seed + ": " + layer);
                assertEquals(0.5, layer.value(), 0.15, "seed " + seed + ": " + layer);
            }
        }
    }

    @Test
    void xavierReluShrinksByAboutOneOverRootTwoPerLayer() {
        List<LayerHealth> layers = verdicts(WeightInit.XAVIER, Activation.RELU);
        assertEquals(Cue.HEALTHY, layers.get(0).cue());
        for (LayerHealth layer : layers.subList(1, layers.size())) {
            assertEquals(Reason.SHRINKING, layer.reason());
            assertEquals(Math.sqrt(0.5), layer.value(), 0.1);
        }
    }

    @Test
    void stdOneReluExplodes() {
        for (LayerHealth layer : verdicts(WeightInit.ofStd(1), Activation.RELU)) {
            assertEquals(Reason.GROWN, layer.reason());
        }
    }

    @Test
    void smallStdTanhShrinksToZero() {
        List<LayerHealth> layers = verdicts(WeightInit.ofStd(0.01), Activation.TANH);
        assertEquals(Reason.SHRUNK, layers.get(4).reason());
    }

    @Test
    void stdOneTanhSaturates() {
        assertEquals(Cue.SATURATED, verdicts(WeightInit.ofStd(1), Activation.TANH).get(4).cue());
    }

    @Test
    void gradientsVanishBehindSmallSigmoidWeightsAndSurviveHeRelu() {
        List<LayerHealth> small = gradientVerdicts(WeightInit.ofStd(0.01), Activation.SIGMOID);
        assertEquals(Reason.GRADIENT_VANISHED, small.get(0).reason());
        for (LayerHealth layer : gradientVerdicts(WeightInit.HE, Activation.RELU)) {
            assertEquals(Reason.GRADIENT_SPREAD, layer.reason(), layer.toString());
        }
    }

    @Test
    void gradientsExplodeBehindStdOneRelu() {
        assertEquals(Reason.GRADIENT_EXPLODED, gradientVerdicts(WeightInit.ofStd(1), Activation.RELU).get(0).reason());
    }

    @Test
    void mostlyZeroReluIsDead() {
        LayerStatistics dead = stats(0.05, 0.2, 0.95, 0);
        assertEquals(new LayerHealth(Cue.VANISHING, Reason.DEAD, 0.95),
                LayerHealth.ofActivation(dead, null, Activation.RELU));
    }

    @Test
    void nonFiniteStdIsOverflow() {
        LayerStatistics overflow = stats(Double.NaN, Double.POSITIVE_INFINITY, 0, 0);
        assertEquals(Reason.OVERFLOW, LayerHealth.ofActivation(overflow, null, Activation.RELU).reason());
        assertEquals(Reason.OVERFLOW, LayerHealth.ofGradient(overflow).reason());
    }

    @Test
    void saturationIsJudgedBeforeSpread() {
        LayerStatistics atBounds = stats(0.5, 0.01, 0, 0.25);
        assertEquals(Reason.AT_BOUNDS, LayerHealth.ofActivation(atBounds, null, Activation.SIGMOID).reason());
    }

    @Test
    void rejectsAReasonOfAnotherCue() {
        assertThrows(IllegalArgumentException.class, () -> new LayerHealth(Cue.HEALTHY, Reason.DEAD, 1));
    }

    private static LayerStatistics stats(double mean, double std, double zeroShare, double saturatedShare) {
        return new LayerStatistics(1, 1000, mean, std, 0, 1, 0, 1, List.of(1000), 0, 0, zeroShare,
                saturatedShare / 2, saturatedShare / 2);
    }
}
