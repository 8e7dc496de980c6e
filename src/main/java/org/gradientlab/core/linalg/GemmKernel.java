package org.gradientlab.core.linalg;

import java.util.Arrays;

/**
 * One implementation of c = op(a) · op(b) (+ c) on row-major float arrays, where op(x) is x or
 * its transpose. Two exist: {@link PlainGemm} (plain loops) and {@code VectorGemm} (Vector API);
 * {@link GemmKernels} picks one. This class checks the arguments once so neither has to.
 */
public abstract class GemmKernel {

    GemmKernel() {}

    /** A short human name, e.g. {@code "vector (16 x float, 512 bit)"}. */
    public abstract String name();

    /**
     * c = op(a) · op(b), plus the old c when {@code accumulate}.
     * Shapes: op(a) [m, k], op(b) [k, n], c [m, n]; a is stored [k, m] when {@code transposeA},
     * b is stored [n, k] when {@code transposeB}. c must not share storage with a or b.
     */
    public final void multiply(int m, int n, int k, float[] a, boolean transposeA,
                               float[] b, boolean transposeB, float[] c, boolean accumulate) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("negative size m=" + m + " n=" + n + " k=" + k);
        }
        requireLength("a", a, (long) m * k);
        requireLength("b", b, (long) k * n);
        requireLength("c", c, (long) m * n);
        if (c == a || c == b) {
            throw new IllegalArgumentException("c must not share its array with a or b");
        }
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            if (!accumulate) {
                Arrays.fill(c, 0f);
            }
            return;
        }
        compute(m, n, k, a, transposeA, b, transposeB, c, accumulate);
    }

    /** As {@link #multiply}, with arguments already checked and m, n, k all positive. */
    abstract void compute(int m, int n, int k, float[] a, boolean transposeA,
                          float[] b, boolean transposeB, float[] c, boolean accumulate);

    /**
     * Floating-point operations a call of {@code repetitions} rounds of the kernel's widest
     * independent FMAs performs, after running them: the yardstick of {@link GemmBenchmark}'s
     * fraction of peak. 0 when the kernel has no such loop (plain loops).
     */
    public long peakProbe(long repetitions) {
        return 0;
    }

    @Override
    public String toString() {
        return name();
    }

    private static void requireLength(String name, float[] array, long expected) {
        if (array.length != expected) {
            throw new IllegalArgumentException(name + " has " + array.length + " values, the shape needs "
                    + expected);
        }
    }
}
