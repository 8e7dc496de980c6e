package org.gradientlab.core.nn;

import static org.gradientlab.core.nn.GradientCheck.assertMatches;
import static org.gradientlab.core.nn.GradientCheck.gaussian;
import static org.gradientlab.core.nn.GradientCheck.numeric;
import static org.gradientlab.core.nn.GradientCheck.project;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.linalg.Matrix;

class PReluTest {

    @Test
    void scalesNegativeInputsByTheUnitsOwnAlpha() {
        PRelu prelu = new PRelu(2, 0.25f);
        prelu.alpha()[1] = -1f;
        Matrix x = new Matrix(2, 2, new float[] {-2, -2, 3, 0.5f});
        assertArrayEquals(new float[] {-0.5f, 2, 3, 0.5f}, prelu.forward(x, true).data);
    }

    @Test
    void alphaGradientSumsDoutTimesXOverTheNegativeInputs() {
        PRelu prelu = new PRelu(1, 0.1f);
        prelu.forward(new Matrix(3, 1, new float[] {-2, 1, -0.5f}), true);
        float[] dx = prelu.backward(new Matrix(3, 1, new float[] {1, 4, 2})).data;
        // dα = 1·(−2) + 2·(−0.5); dx = α·dout where x ≤ 0, dout elsewhere
        assertArrayEquals(new float[] {-3f}, prelu.alphaGradient(), 1e-7f);
        assertArrayEquals(new float[] {0.1f, 4, 0.2f}, dx, 1e-7f);
    }

    @Test
    void backwardMatchesNumericGradientsOfInputAndAlpha() {
        SplittableRandom random = new SplittableRandom(7);
        Matrix x = gaussian(6, 3, random);
        // Keep inputs a few steps from the kink at 0.
        for (int i = 0; i < x.data.length; i++) {
            if (Math.abs(x.data[i]) < 5 * GradientCheck.STEP) {
                x.data[i] = x.data[i] < 0 ? -0.3f : 0.3f;
            }
        }
        PRelu prelu = new PRelu(3, 0.25f);
        prelu.alpha()[1] = -0.6f;
        prelu.alpha()[2] = 0.9f;
        Matrix dout = gaussian(6, 3, random);
        prelu.forward(x, true);
        float[] dx = prelu.backward(dout).data.clone();

        assertMatches("PReLU dx", dx, numeric(x.data, () -> project(dout, prelu.forward(x, true))));
        assertMatches("PReLU dalpha", prelu.alphaGradient(),
                numeric(prelu.alpha(), () -> project(dout, prelu.forward(x, true))));
    }

    @Test
    void rejectsNoUnitsAndNonFiniteAlpha() {
        assertThrows(IllegalArgumentException.class, () -> new PRelu(0, 0.25f));
        assertThrows(IllegalArgumentException.class, () -> new PRelu(1, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PRelu(2, 0.25f).forward(new Matrix(1, 3), true));
    }
}
