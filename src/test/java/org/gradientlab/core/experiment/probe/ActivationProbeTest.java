package org.gradientlab.core.experiment.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.junit.jupiter.api.Test;

/**
 * The book's figures 6-10 to 6-14 (ch06/weight_init_activation_histogram.py). Reference values
 * from numpy running the script's semantics over seeds 0-19: std 1 + sigmoid, layer 5: 33 % of
 * values below 0.05 and 34 % above 0.95 (sd over seeds 4 %); Xavier + sigmoid std 0.124 (sd
 * 0.010); He + ReLU std 0.85 (sd 0.13) with root mean square 1.0, as He init keeps E[z²].
 */
class ActivationProbeTest {
    private static final int SEEDS = 8;
    private final ActivationProbe probe = new ActivationProbe();

    /** Mean over seeds 0..SEEDS-1 of a layer-5 statistic. */
    private double layerFive(ActivationProbeConfig config, ToDoubleFunction<LayerStatistics> statistic) {
        double sum = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            sum += statistic.applyAsDouble(probe.run(config.withSeed(seed)).activations().get(4));
        }
        return sum / SEEDS;
    }

    @Test
    void stdOneSigmoidPilesActivationsAtZeroAndOne() {
        ActivationProbeConfig config = ActivationProbeConfig.book(WeightInit.ofStd(1), Activation.SIGMOID);
        double low = layerFive(config, LayerStatistics::saturatedLowShare);
        double high = layerFive(config, LayerStatistics::saturatedHighShare);
        assertEquals(0.33, low, 0.06, "share below 0.05");
        assertEquals(0.34, high, 0.06, "share above 0.95");
    }

    @Test
    void xavierSigmoidKeepsLayerFiveStdNearPointOneTwo() {
        ActivationProbeConfig config = ActivationProbeConfig.book(WeightInit.XAVIER, Activation.SIGMOID);
        assertEquals(0.124, layerFive(config, LayerStatistics::std), 0.015);
        assertEquals(0, layerFive(config, LayerStatistics::saturatedShare), 1e-3);
    }

    @Test
    void heReluKeepsLayerFiveMeanSquareNearOne() {
        ActivationProbeConfig config = ActivationProbeConfig.book(WeightInit.HE, Activation.RELU);
        assertEquals(0.85, layerFive(config, LayerStatistics::std), 0.12);
        assertEquals(1.0, layerFive(config, s -> Math.sqrt(s.std() * s.std() + s.mean() * s.mean())), 0.15);
        assertEquals(0.5, layerFive(config, LayerStatistics::zeroShare), 0.1, "half the ReLUs are off");
    }

    @Test
    void smallStdSigmoidCollapsesToOneHalf() {
        ActivationProbeResult result = probe.run(ActivationProbeConfig.book(WeightInit.ofStd(0.01), Activation.SIGMOID));
        LayerStatistics last = result.activations().get(4);
        assertEquals(0.5, last.mean(), 0.01);
        assertTrue(last.std() < 0.02, "std " + last.std());
        // Bins of width 1/30: everything in the four around 0.5, most in the middle two.
        List<Integer> c = last.counts();
        assertEquals(last.count(), (long) c.get(13) + c.get(14) + c.get(15) + c.get(16));
        assertTrue(c.get(14) + c.get(15) > 0.9 * last.count());
    }

    /**
     * tanh near 0 is the identity, so with std 0.01 each layer multiplies the std by
     * 0.01·√100 = 0.1, forward and backward: z_l has std 0.1^l, and an N(0, 1) gradient at the
     * top reaches layer l's input with std 0.1^(L − l + 1).
     */
    @Test
    void smallStdTanhShrinksActivationsAndGradientsTenfoldPerLayer() {
        ActivationProbeResult result = probe.run(ActivationProbeConfig.book(WeightInit.ofStd(0.01), Activation.TANH)
                .withBackward(true));
        for (int l = 1; l <= 5; l++) {
            double forward = result.activations().get(l - 1).std();
            assertEquals(Math.pow(0.1, l), forward, 0.1 * Math.pow(0.1, l), "activation std of layer " + l);
            double backward = result.gradients().get(l - 1).std();
            assertEquals(Math.pow(0.1, 6 - l), backward, 0.1 * Math.pow(0.1, 6 - l), "gradient std at layer " + l);
        }
    }

    @Test
    void batchNormKeepsSmallStdLayersAlive() {
        ActivationProbeConfig config = ActivationProbeConfig.book(WeightInit.ofStd(0.01), Activation.SIGMOID);
        double plain = probe.run(config).activations().get(4).std();
        double normalized = probe.run(config.withBatchNorm(true)).activations().get(4).std();
        assertTrue(plain < 0.02, "without batch norm " + plain);
        // sigmoid of N(0, 1) has std 0.21
        assertEquals(0.21, normalized, 0.02);
    }

    @Test
    void gradientHistogramsShareOneSymmetricRangeHoldingEveryValue() {
        ActivationProbeResult result = probe.run(ActivationProbeConfig.book(WeightInit.HE, Activation.RELU)
                .withBackward(true));
        List<LayerStatistics> gradients = result.gradients();
        assertEquals(5, gradients.size());
        double largest = gradients.stream().mapToDouble(g -> Math.max(-g.min(), g.max())).max().orElseThrow();
        for (LayerStatistics g : gradients) {
            assertEquals(-largest, g.rangeMin(), 1e-6);
            assertEquals(largest, g.rangeMax(), 1e-6);
            assertEquals(g.count(), g.counts().stream().mapToLong(Integer::longValue).sum());
        }
        assertTrue(probe.run(ActivationProbeConfig.book(WeightInit.HE, Activation.RELU)).gradients().isEmpty());
    }

    @Test
    void cachedDrawsGiveTheSameResultAsAFreshProbe() {
        ActivationProbeConfig sigmoid = ActivationProbeConfig.book(WeightInit.ofStd(1), Activation.SIGMOID);
        ActivationProbeResult fresh = new ActivationProbe().run(sigmoid);
        probe.run(sigmoid.withInit(WeightInit.XAVIER));
        probe.run(sigmoid.withActivation(Activation.ELU).withBatchNorm(true).withBackward(true));
        probe.run(new ActivationProbeConfig(300, 40, 7, WeightInit.HE, Activation.TANH, false, 3, 10, -1, 1, true));
        assertEquals(fresh, probe.run(sigmoid));
    }

    @Test
    void moreLayersKeepTheFirstOnesAndAnotherSeedChangesThem() {
        ActivationProbeConfig five = ActivationProbeConfig.book(WeightInit.XAVIER, Activation.TANH);
        ActivationProbeConfig three = new ActivationProbeConfig(1000, 100, 3, WeightInit.XAVIER, Activation.TANH,
                false, 0, 30, -1, 1, false);
        assertEquals(new ActivationProbe().run(three).activations(),
                new ActivationProbe().run(five).activations().subList(0, 3));
        assertNotEquals(probe.run(five).activations().get(0), probe.run(five.withSeed(1)).activations().get(0));
    }
}
