package org.gradientlab.core.concepts.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreluFitTest {

    @Test
    void learnsANegativeAlphaToDrawTheLeftHalfOfTheV() {
        PreluFit.Result result = PreluFit.run(PreluFitConfig.DEFAULT);
        PreluFit.Step first = result.first();
        PreluFit.Step last = result.last();
        assertEquals(0.25, first.alpha(), 1e-7);
        assertEquals(PreluFitConfig.DEFAULT.iterations(), last.iteration());
        // Start: left half ŷ = x/4 against |x|: ½·mean over the 20 negative points of (1.25x)²
        double start = 0;
        for (double x : result.x()) {
            start += x < 0 ? 0.5 * 1.5625 * x * x / PreluFit.POINTS : 0;
        }
        assertEquals(start, first.loss(), 1e-6);
        assertTrue(last.loss() < 0.01 * first.loss(), "loss " + first.loss() + " → " + last.loss());
        // |x| needs slope −1 on the left: α falls past 0 towards −1.
        assertTrue(last.alpha() < -0.8, "alpha " + last.alpha());
        double[] fitted = PreluFit.predict(last, new double[] {-1.5, 1.5});
        assertEquals(1.5, fitted[0], 0.15);
        assertEquals(1.5, fitted[1], 0.15);
    }

    @Test
    void lossNeverRisesAtThisLearningRate() {
        PreluFit.Result result = PreluFit.run(PreluFitConfig.DEFAULT);
        for (int t = 1; t < result.steps().size(); t++) {
            assertTrue(result.steps().get(t).loss() <= result.steps().get(t - 1).loss() + 1e-9, "step " + t);
        }
    }

    @Test
    void rejectsSettingsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new PreluFitConfig(0, 0.1, 0.25));
        assertThrows(IllegalArgumentException.class, () -> new PreluFitConfig(10, 0, 0.25));
        assertThrows(IllegalArgumentException.class, () -> new PreluFitConfig(10, 0.1, 2));
    }
}
