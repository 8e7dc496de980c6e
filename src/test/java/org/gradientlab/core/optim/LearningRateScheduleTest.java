package org.gradientlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.core.optim.LearningRateSchedule.Constant;
import org.gradientlab.core.optim.LearningRateSchedule.Exponential;
import org.gradientlab.core.optim.LearningRateSchedule.InverseTime;
import org.gradientlab.core.optim.LearningRateSchedule.StepDecay;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    void constantKeepsItsRate() {
        Constant constant = new Constant(0.1);
        assertEquals(0.1, constant.rate(0));
        assertEquals(0.1, constant.rate(999_999));
    }

    @Test
    void stepDecayMultipliesByGammaEveryKUpdates() {
        StepDecay step = new StepDecay(0.8, 3, 0.5);
        // t = 0,1,2 → 0.8; 3,4,5 → 0.4; 6 → 0.2; 9 → 0.1
        double[] expected = {0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2, 0.2, 0.1};
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], step.rate(t), 1e-15, "t=" + t);
        }
    }

    @Test
    void exponentialDecayIsAlpha0TimesEToTheMinusKt() {
        Exponential exponential = new Exponential(0.5, 0.01);
        assertEquals(0.5, exponential.rate(0), 1e-15);
        // 0.5·e^(−1) = 0.18393972058572117
        assertEquals(0.18393972058572117, exponential.rate(100), 1e-15);
        assertEquals(0.5 * Math.exp(-2), exponential.rate(200), 1e-15);
    }

    @Test
    void inverseTimeDecayIsAlpha0OverOnePlusKt() {
        InverseTime inverse = new InverseTime(0.6, 0.5);
        assertEquals(0.6, inverse.rate(0), 1e-15);
        assertEquals(0.4, inverse.rate(1), 1e-15);   // 0.6/1.5
        assertEquals(0.3, inverse.rate(2), 1e-15);   // 0.6/2
        assertEquals(0.1, inverse.rate(10), 1e-15);  // 0.6/6
    }

    @Test
    void zeroDecayIsConstant() {
        assertEquals(0.3, new Exponential(0.3, 0).rate(5000));
        assertEquals(0.3, new InverseTime(0.3, 0).rate(5000));
        assertEquals(0.3, new StepDecay(0.3, 10, 1).rate(5000));
    }

    @Test
    void rejectsNonPositiveInitialRateNamingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Constant(0));
        assertTrue(e.getMessage().startsWith("initial learning rate must be a finite number > 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Exponential(Double.NaN, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new InverseTime(Double.POSITIVE_INFINITY, 0.1));
    }

    @Test
    void rejectsBadStepDecayParametersNamingThem() {
        var every = assertThrows(IllegalArgumentException.class, () -> new StepDecay(0.1, 0, 0.5));
        assertEquals("step decay interval k must be in [1, 1000000] updates, got 0", every.getMessage());
        var gamma = assertThrows(IllegalArgumentException.class, () -> new StepDecay(0.1, 10, 1.5));
        assertEquals("step decay factor gamma must be in (0, 1], got 1.5", gamma.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StepDecay(0.1, 10, 0));
    }

    @Test
    void rejectsNegativeDecayNamingTheSchedule() {
        var exponential = assertThrows(IllegalArgumentException.class, () -> new Exponential(0.1, -1));
        assertEquals("exponential decay k must be a finite number >= 0, got -1.0", exponential.getMessage());
        var inverse = assertThrows(IllegalArgumentException.class, () -> new InverseTime(0.1, Double.NaN));
        assertEquals("1/t decay k must be a finite number >= 0, got NaN", inverse.getMessage());
    }

    @Test
    void rejectsNegativeIteration() {
        assertThrows(IllegalArgumentException.class, () -> new Constant(0.1).rate(-1));
    }
}
