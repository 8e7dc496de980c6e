package org.gradientlab.core.experiment.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gradientlab.core.nn.Activation;
import org.junit.jupiter.api.Test;

class ActivationCurveTest {

    @Test
    void sigmoidValueAndSlopeMatchTheFormulas() {
        ActivationCurve curve = ActivationCurve.sample(Activation.SIGMOID, -4, 4, 9);
        for (int i = 0; i < 9; i++) {
            double x = -4 + i;
            double s = 1 / (1 + Math.exp(-x));
            assertEquals(x, curve.x()[i], 1e-12);
            assertEquals(s, curve.value()[i], 1e-6);
            assertEquals(s * (1 - s), curve.slope()[i], 1e-6);
        }
        assertEquals(0.25, curve.slope()[4], 1e-6);
    }

    @Test
    void tanhSlopeIsOneMinusValueSquared() {
        ActivationCurve curve = ActivationCurve.sample(Activation.TANH, -3, 3, 7);
        for (int i = 0; i < 7; i++) {
            assertEquals(Math.tanh(curve.x()[i]), curve.value()[i], 1e-6);
            assertEquals(1 - Math.pow(Math.tanh(curve.x()[i]), 2), curve.slope()[i], 1e-5);
        }
    }

    @Test
    void reluSlopeIsAStep() {
        ActivationCurve curve = ActivationCurve.sample(Activation.RELU, -1, 1, 3);
        assertEquals(0, curve.value()[0]);
        assertEquals(0, curve.slope()[0]);
        assertEquals(1, curve.value()[2], 1e-12);
        assertEquals(1, curve.slope()[2]);
    }

    @Test
    void eluApproachesMinusOneWithAVanishingSlope() {
        ActivationCurve curve = ActivationCurve.sample(Activation.ELU, -8, 2, 11);
        assertEquals(Math.expm1(-8), curve.value()[0], 1e-6);
        assertEquals(Math.exp(-8), curve.slope()[0], 1e-6);
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> ActivationCurve.sample(Activation.RELU, 1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> ActivationCurve.sample(Activation.RELU, 0, 1, 1));
    }
}
