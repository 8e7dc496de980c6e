package org.gradientlab.core.concepts.babysitting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gradientlab.core.concepts.babysitting.Readout.Kind;
import org.gradientlab.core.concepts.babysitting.Readout.Value;
import org.junit.jupiter.api.Test;

/** The readout gives numbers and their kinds; how they are written is the CLI's and the page's (their tests). */
class ReadoutTest {
    private static final List<BabysitStep> STEPS = BabysitStep.lecture();

    @Test
    void expectedNumbersComeFromTheStep() {
        assertEquals(List.of(new Value(Kind.LOSS, Math.log(10)), new Value(Kind.RATIO, 0.02)),
                Readout.expected(STEPS.get(0)));
        assertEquals(List.of(new Value(Kind.RATIO, 0.1)), Readout.expected(STEPS.get(1)));
        assertEquals(List.of(new Value(Kind.COUNT, 20), new Value(Kind.RATIO, 0.05)), Readout.expected(STEPS.get(2)));
        assertEquals(List.of(new Value(Kind.RATIO, 1)), Readout.expected(STEPS.get(3)));
        assertEquals(List.of(new Value(Kind.RATIO, 3)), Readout.expected(STEPS.get(4)));
        assertEquals(List.of(new Value(Kind.RATIO, 0.5)), Readout.expected(STEPS.get(5)));
    }

    @Test
    void observedNumbersFollowTheCheck() {
        double[] curve = {2.0, 1.5, 1.0};
        StepResult drops = new StepResult(STEPS.get(5), StepResult.Outcome.PASSED, 0.75, 2.0, curve, 0.9, 0);
        // end = mean of the last (up to 10) losses = 1.5
        assertEquals(List.of(new Value(Kind.RATIO, 0.75), new Value(Kind.LOSS, 2.0), new Value(Kind.LOSS, 1.5)),
                Readout.observed(drops));
        StepResult above = new StepResult(STEPS.get(1), StepResult.Outcome.PASSED, 2.5, 2.3, new double[0], Double.NaN,
                0);
        List<Value> rise = Readout.observed(above);
        assertEquals(List.of(Kind.LOSS, Kind.LOSS, Kind.LOSS), rise.stream().map(Value::kind).toList());
        assertEquals(2.5, rise.get(0).value());
        assertEquals(2.3, rise.get(1).value());
        assertEquals(0.2, rise.get(2).value(), 1e-12);
        StepResult memorized = new StepResult(STEPS.get(2), StepResult.Outcome.PASSED, 1.0, 2.3, curve, 1.0, 0);
        assertEquals(new Value(Kind.ACCURACY, 1.0), Readout.observed(memorized).get(0));
        StepResult diverged = new StepResult(STEPS.get(4), StepResult.Outcome.PASSED, Double.POSITIVE_INFINITY, 2.3,
                new double[] {2.3, Double.NaN}, Double.NaN, 2);
        assertEquals(List.of(new Value(Kind.COUNT, 2)), Readout.observed(diverged));
    }
}
