package org.gradientlab.core.linalg;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A random product with its value computed in double, to check float kernels against.
 * Float tolerance: a dot product of length k in float (with or without FMA) is off by at most
 * gamma = (k + 1) · u, u = 2^-24, times sum_p |a_ip · b_pj| (+ |c_ij|) (Higham, "Accuracy and
 * Stability of Numerical Algorithms", 2nd ed., eq. 3.5). One missing or doubled term, about 1/k
 * of that sum for random data, is many times larger, so a wrong index cannot pass.
 */
final class GemmReference {
    private static final double UNIT_ROUNDOFF = Math.ulp(1.0f) / 2;

    /** One product: op(a) [m, k] · op(b) [k, n] into c [m, n]. */
    record Case(int m, int n, int k, boolean transposeA, boolean transposeB, boolean accumulate) {
        @Override
        public String toString() {
            return "[" + m + "x" + k + "]" + (transposeA ? "ᵀ" : "") + " · [" + k + "x" + n + "]"
                    + (transposeB ? "ᵀ" : "") + (accumulate ? " + c" : "");
        }
    }

    /** {@code count} cases with sizes drawn from 1..max and random transposes and accumulate. */
    static Stream<Case> randomCases(long seed, int count, int maxM, int maxN, int maxK) {
        Random random = new Random(seed);
        return Stream.generate(() -> new Case(1 + random.nextInt(maxM), 1 + random.nextInt(maxN),
                1 + random.nextInt(maxK), random.nextBoolean(), random.nextBoolean(), random.nextBoolean()))
                .limit(count);
    }

    private final Case cs;
    private final float[] a;
    private final float[] b;
    private final float[] before;
    private final double[] exact;
    /** sum_p |a_ip · b_pj| (+ |c_ij|): the scale of the rounding error. */
    private final double[] magnitude;

    GemmReference(Case cs, long seed) {
        this.cs = cs;
        Random random = new Random(seed);
        a = gaussian(random, cs.m() * cs.k());
        b = gaussian(random, cs.k() * cs.n());
        before = gaussian(random, cs.m() * cs.n());
        exact = new double[cs.m() * cs.n()];
        magnitude = new double[exact.length];
        for (int i = 0; i < cs.m(); i++) {
            for (int j = 0; j < cs.n(); j++) {
                double sum = cs.accumulate() ? before[i * cs.n() + j] : 0;
                double scale = Math.abs(sum);
                for (int p = 0; p < cs.k(); p++) {
                    float ap = cs.transposeA() ? a[p * cs.m() + i] : a[i * cs.k() + p];
                    float bp = cs.transposeB() ? b[j * cs.k() + p] : b[p * cs.n() + j];
                    sum += (double) ap * bp;
                    scale += Math.abs((double) ap * bp);
                }
                exact[i * cs.n() + j] = sum;
                magnitude[i * cs.n() + j] = scale;
            }
        }
    }

    /** Runs the kernel, asserts c within 2 gamma of the exact product, returns c. */
    float[] runAndCheck(GemmKernel kernel) {
        float[] c = before.clone();
        if (!cs.accumulate()) {
            // Without accumulate the old c must not leak in: NaN would poison every sum.
            Arrays.fill(c, Float.NaN);
        }
        kernel.multiply(cs.m(), cs.n(), cs.k(), a, cs.transposeA(), b, cs.transposeB(), c, cs.accumulate());
        double[] got = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            got[i] = c[i];
        }
        assertWithin(kernel + " vs double", got, exact, 2);
        return c;
    }

    /** Two kernels each within 2 gamma of the exact value are within 4 gamma of each other. */
    void assertAgree(String what, float[] first, float[] second) {
        double[] x = new double[first.length];
        double[] y = new double[second.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = first[i];
            y[i] = second[i];
        }
        assertWithin(what, x, y, 4);
    }

    private void assertWithin(String what, double[] got, double[] expected, double gammas) {
        double gamma = (cs.k() + 1) * UNIT_ROUNDOFF;
        for (int i = 0; i < got.length; i++) {
            double allowed = gammas * gamma * magnitude[i];
            if (!(Math.abs(got[i] - expected[i]) <= allowed)) {
                fail(what + " " + cs + ": c[" + i / cs.n() + "][" + i % cs.n() + "] = " + got[i]
                        + ", expected " + expected[i] + " within " + allowed);
            }
        }
    }

    static float[] gaussian(Random random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
