package org.gradientlab.core.concepts.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** f and f′ of every gallery function against values worked out by hand, and f′ against f. */
class FunctionCurveTest {
    private static final ActivationSettings SETTINGS = ActivationSettings.DEFAULT
            .withLeakySlope(0.1).withEluAlpha(2).withPreluAlpha(-0.5)
            .withMaxout(new MaxoutPieces(1, 0, -0.5, 1));

    /** f and f′ at x = −2, −0.5, 1.5 (float layers: 1e-6). */
    private static void assertCurve(GalleryFunction function, double[] value, double[] slope) {
        FunctionCurve curve = FunctionCurve.sample(function, SETTINGS, -2, 1.5, 8); // step 0.5
        int[] at = {0, 3, 7};
        for (int k = 0; k < 3; k++) {
            assertEquals(value[k], curve.value()[at[k]], 1e-6, function + " f(" + curve.x()[at[k]] + ")");
            assertEquals(slope[k], curve.slope()[at[k]], 1e-6, function + " f′(" + curve.x()[at[k]] + ")");
        }
    }

    @Test
    void sigmoidAndTanhMatchHandValues() {
        // σ(−2) = 1/(1+e²) = 0.1192029, σ′ = σ(1−σ) = 0.1049936; σ(−.5) = .3775407, σ′ = .2350037;
        // σ(1.5) = .8175745, σ′ = .1491465
        assertCurve(GalleryFunction.SIGMOID, new double[] {0.1192029, 0.3775407, 0.8175745},
                new double[] {0.1049936, 0.2350037, 0.1491465});
        // tanh(−2) = −.9640276, 1 − tanh² = .0706508; tanh(−.5) = −.4621172, .7864477; tanh 1.5 = .9051483, .1807066
        assertCurve(GalleryFunction.TANH, new double[] {-0.9640276, -0.4621172, 0.9051483},
                new double[] {0.0706508, 0.7864477, 0.1807066});
    }

    @Test
    void rectifiersMatchHandValues() {
        assertCurve(GalleryFunction.RELU, new double[] {0, 0, 1.5}, new double[] {0, 0, 1});
        assertCurve(GalleryFunction.LEAKY_RELU, new double[] {-0.2, -0.05, 1.5}, new double[] {0.1, 0.1, 1});
        assertCurve(GalleryFunction.PRELU, new double[] {1, 0.25, 1.5}, new double[] {-0.5, -0.5, 1});
        // ELU α = 2: 2(e^−2 − 1) = −1.7293294, f′ = 2e^−2 = .2706706; 2(e^−.5 − 1) = −.7869387, 2e^−.5 = 1.2130613
        assertCurve(GalleryFunction.ELU, new double[] {-1.7293294, -0.7869387, 1.5},
                new double[] {0.2706706, 1.2130613, 1});
        // max(x, −x/2 + 1): at −2 the second piece (2), at −.5 the second (1.25), at 1.5 the first (1.5)
        assertCurve(GalleryFunction.MAXOUT, new double[] {2, 1.25, 1.5}, new double[] {-0.5, -0.5, 1});
    }

    @ParameterizedTest
    @EnumSource(GalleryFunction.class)
    void slopeMatchesCentralDifferencesOfTheValue(GalleryFunction function) {
        FunctionCurve curve = FunctionCurve.sample(function, SETTINGS, -4, 4, 801); // step 0.01
        double h = curve.x()[1] - curve.x()[0];
        for (int i = 1; i < curve.x().length - 1; i++) {
            double x = curve.x()[i];
            // Skip the kinks: ReLU family at 0, maxout where its pieces cross (x = 2/3).
            if (Math.abs(x) < 2 * h || Math.abs(x - 2.0 / 3) < 2 * h) {
                continue;
            }
            double numeric = (curve.value()[i + 1] - curve.value()[i - 1]) / (2 * h);
            assertEquals(curve.slope()[i], numeric, 2e-3, function + " f′ at " + x);
        }
    }
}
