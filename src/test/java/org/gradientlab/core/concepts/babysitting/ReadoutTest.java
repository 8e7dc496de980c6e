package org.gradientlab.core.concepts.babysitting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReadoutTest {
    private static final List<BabysitStep> STEPS = BabysitStep.lecture();

    @Test
    void formatsLossesWithFourDecimalsAndExtremesInScientificForm() {
        assertEquals("2.3026", Readout.loss(Math.log(10)));
        assertEquals("0.0121", Readout.loss(0.01212));
        assertEquals("2.99e34", Readout.loss(2.98896e34));
        assertEquals("NaN", Readout.loss(Double.NaN));
        assertEquals("∞", Readout.loss(Double.POSITIVE_INFINITY));
    }

    @Test
    void formatsRatiosWithThreeSignificantDigits() {
        assertEquals("0.5", Readout.ratio(0.5));
        assertEquals("3", Readout.ratio(3));
        assertEquals("0.183", Readout.ratio(0.182872));
        assertEquals("-0.0235", Readout.ratio(-0.0235055));
        assertEquals("1e-6", Readout.ratio(1e-6));
        assertEquals("1e6", Readout.ratio(1e6));
        assertEquals("0", Readout.ratio(0));
    }

    @Test
    void expectedNumbersComeFromTheStep() {
        assertEquals(List.of("2.3026", "0.02"), Readout.expected(STEPS.get(0)));
        assertEquals(List.of("0.1"), Readout.expected(STEPS.get(1)));
        assertEquals(List.of("20", "0.05"), Readout.expected(STEPS.get(2)));
        assertEquals(List.of("1"), Readout.expected(STEPS.get(3)));
        assertEquals(List.of("3"), Readout.expected(STEPS.get(4)));
        assertEquals(List.of("0.5"), Readout.expected(STEPS.get(5)));
    }

    @Test
    void observedNumbersFollowTheCheck() {
        double[] curve = {2.0, 1.5, 1.0};
        StepResult drops = new StepResult(STEPS.get(5), StepResult.Outcome.PASSED, 0.75, 2.0, curve, 0.9, 0);
        // end = mean of the last (up to 10) losses = 1.5
        assertEquals(List.of("0.75", "2.0000", "1.5000"), Readout.observed(drops));
        StepResult above = new StepResult(STEPS.get(1), StepResult.Outcome.PASSED, 2.5, 2.3, new double[0], Double.NaN,
                0);
        assertEquals(List.of("2.5000", "2.3000", "0.2000"), Readout.observed(above));
        StepResult diverged = new StepResult(STEPS.get(4), StepResult.Outcome.PASSED, Double.POSITIVE_INFINITY, 2.3,
                new double[] {2.3, Double.NaN}, Double.NaN, 2);
        assertEquals(List.of("2"), Readout.observed(diverged));
    }
}
