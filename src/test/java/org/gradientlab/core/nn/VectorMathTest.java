package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import jdk.incubator.vector.FloatVector;

import org.junit.jupiter.api.Test;

/** The vector exp, tanh and expm1 against java.lang.Math, in units in the last place. */
class VectorMathTest {
    private static final int LANES = VectorMath.species().length();

    /** The largest error in ulps of {@code vector} against {@code exact} over [from, to] in steps of {@code step}. */
    private static double worstUlps(UnaryOperator<FloatVector> vector, DoubleUnaryOperator exact,
                                    float from, float to, float step) {
        double worst = 0;
        float[] x = new float[LANES];
        float[] y = new float[LANES];
        for (float start = from; start + (LANES - 1) * step <= to; start += step * LANES) {
            for (int i = 0; i < LANES; i++) {
                x[i] = start + i * step;
            }
            vector.apply(FloatVector.fromArray(VectorMath.species(), x, 0)).intoArray(y, 0);
            for (int i = 0; i < LANES; i++) {
                float expected = (float) exact.applyAsDouble(x[i]);
                worst = Math.max(worst, Math.abs(y[i] - expected) / Math.ulp(expected));
            }
        }
        return worst;
    }

    @Test
    void expIsWithinTwoUlpsOverTheNormalRange() {
        double ulps = worstUlps(VectorMath::exp, Math::exp, -87f, 88f, 0.00731f);
        assertTrue(ulps <= 2, "worst " + ulps + " ulps");
    }

    @Test
    void tanhIsWithinThreeUlpsOnBothBranchesAndTheirBorder() {
        double near = worstUlps(VectorMath::tanh, Math::tanh, -1f, 1f, 0.0001f);
        double far = worstUlps(VectorMath::tanh, Math::tanh, -12f, 12f, 0.00113f);
        assertTrue(near <= 3 && far <= 3, "worst " + near + " and " + far + " ulps");
    }

    @Test
    void expm1IsWithinThreeUlpsIncludingTinyArguments() {
        double ulps = worstUlps(VectorMath::expm1, Math::expm1, -20f, 5f, 0.000917f);
        double tiny = worstUlps(VectorMath::expm1, Math::expm1, -1e-3f, 1e-3f, 1.3e-7f);
        assertTrue(ulps <= 3 && tiny <= 3, "worst " + ulps + " and " + tiny + " ulps");
    }

    @Test
    void extremesSaturateInsteadOfOverflowingAndNaNStaysNaN() {
        float[] x = new float[LANES];
        x[0] = 1000f;
        x[LANES - 1] = Float.NaN;
        if (LANES > 2) {
            x[1] = -1000f;
        }
        float[] tanh = new float[LANES];
        float[] exp = new float[LANES];
        VectorMath.tanh(FloatVector.fromArray(VectorMath.species(), x, 0)).intoArray(tanh, 0);
        VectorMath.exp(FloatVector.fromArray(VectorMath.species(), x, 0)).intoArray(exp, 0);
        assertEquals(1f, tanh[0]);
        assertTrue(Float.isFinite(exp[0]) && exp[0] > 1e38f, "e^1000 is held at e^88, not infinity: " + exp[0]);
        if (LANES > 2) {
            assertEquals(-1f, tanh[1]);
            assertTrue(exp[1] >= 0 && exp[1] < 1e-37f, "e^-1000 is tiny: " + exp[1]);
        }
        assertTrue(Float.isNaN(tanh[LANES - 1]) && Float.isNaN(exp[LANES - 1]));
    }
}
