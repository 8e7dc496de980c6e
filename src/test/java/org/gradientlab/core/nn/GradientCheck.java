package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.gradientlab.core.linalg.Matrix;

/**
 * Numerical gradients of float parameters by central differences with Richardson
 * extrapolation: d(h) = (f(x+h) − f(x−h)) / 2h has error c·h² + O(h⁴), so (4·d(h) − d(2h)) / 3
 * cancels the h² term. The layers compute in float (about 7 digits), so the step must be large
 * (h = 1e-2) for the loss, summed in double, to resolve it: rounding noise ~1e-7 / 2h = 5e-6.
 * Plain central differences with that h were off by 1e-3 through a batch-normalized layer
 * (curvature, shrinking as h²), the extrapolated ones by ~1e-5. A wrong formula (a missing term
 * or factor) gives relative errors of 0.1 to 1.
 */
final class GradientCheck {
    static final float STEP = 1e-2f;
    /**
     * Bound on ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖), the CS231n relative error, for
     * float layers; measured errors were 1e-8 to 9e-5.
     */
    static final double TOLERANCE = 3e-4;

    private GradientCheck() {}

    /** ∂loss/∂values[i] for every i; each value is restored after its evaluations. */
    static double[] numeric(float[] values, DoubleSupplier loss) {
        double[] gradient = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double near = centralDifference(values, i, STEP, loss);
            double far = centralDifference(values, i, 2 * STEP, loss);
            gradient[i] = (4 * near - far) / 3;
        }
        return gradient;
    }

    private static double centralDifference(float[] values, int i, float step, DoubleSupplier loss) {
        float original = values[i];
        float plus = original + step;
        float minus = original - step;
        values[i] = plus;
        double up = loss.getAsDouble();
        values[i] = minus;
        double down = loss.getAsDouble();
        values[i] = original;
        // The float steps are not exactly ±h; divide by the step actually taken.
        return (up - down) / ((double) plus - minus);
    }

    static void assertMatches(String what, float[] analytic, double[] numeric) {
        double diff = 0;
        double a = 0;
        double n = 0;
        for (int i = 0; i < numeric.length; i++) {
            diff += (analytic[i] - numeric[i]) * (analytic[i] - numeric[i]);
            a += (double) analytic[i] * analytic[i];
            n += numeric[i] * numeric[i];
        }
        assertTrue(n > 1e-12, what + ": numeric gradient is zero, the check would prove nothing");
        double error = Math.sqrt(diff) / (Math.sqrt(a) + Math.sqrt(n));
        assertTrue(error < TOLERANCE, what + ": relative error " + error + " >= " + TOLERANCE);
    }

    /** Σ weights·out in double: a scalar whose gradient with respect to out is {@code weights}. */
    static double project(Matrix weights, Matrix out) {
        double sum = 0;
        for (int i = 0; i < out.data.length; i++) {
            sum += (double) weights.data[i] * out.data[i];
        }
        return sum;
    }

    /** A [rows, cols] matrix of N(0, 1) draws. */
    static Matrix gaussian(int rows, int cols, SplittableRandom random) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextGaussian();
        }
        return m;
    }
}
