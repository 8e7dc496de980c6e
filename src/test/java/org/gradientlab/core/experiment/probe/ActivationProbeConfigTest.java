package org.gradientlab.core.experiment.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.junit.jupiter.api.Test;

class ActivationProbeConfigTest {

    private static String message(int samples, int nodes, int layers, int bins, double min, double max) {
        return assertThrows(IllegalArgumentException.class, () -> new ActivationProbeConfig(samples, nodes, layers,
                WeightInit.HE, Activation.RELU, false, 0, bins, min, max, false)).getMessage();
    }

    @Test
    void namesTheParameterAndItsRangeWhenInvalid() {
        assertEquals("samples must be in [2, 100000], got 1", message(1, 100, 5, 30, 0, 1));
        assertEquals("nodes must be in [1, 2000], got 0", message(1000, 0, 5, 30, 0, 1));
        assertEquals("layers must be in [1, 100], got 101", message(1000, 100, 101, 30, 0, 1));
        assertEquals("bins must be in [1, 1000], got 0", message(1000, 100, 5, 0, 0, 1));
        assertEquals("samples × nodes must be at most 2000000, got 100000 × 2000", message(100_000, 2000, 5, 30, 0, 1));
        assertEquals("histogram range must be two finite numbers min < max, got [1.0, 1.0]",
                message(1000, 100, 5, 30, 1, 1));
        assertEquals("histogram range must be two finite numbers min < max, got [0.0, Infinity]",
                message(1000, 100, 5, 30, 0, Double.POSITIVE_INFINITY));
    }

    @Test
    void bookDefaultsFollowTheScriptAndTheActivationsRange() {
        ActivationProbeConfig config = ActivationProbeConfig.book(WeightInit.ofStd(1), Activation.SIGMOID);
        assertEquals(1000, config.samples());
        assertEquals(100, config.nodes());
        assertEquals(5, config.layers());
        assertEquals(30, config.bins());
        assertEquals(0, config.rangeMin());
        assertEquals(1, config.rangeMax());
        ActivationProbeConfig tanh = config.withActivation(Activation.TANH);
        assertEquals(-1, tanh.rangeMin());
        assertEquals(1, tanh.rangeMax());
    }
}
