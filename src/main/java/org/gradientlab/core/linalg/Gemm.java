package org.gradientlab.core.linalg;

/**
 * Matrix products for the training hot path. Checks shapes, then hands the arrays to the kernel
 * {@link GemmKernels#active()} chose: the packed Vector API kernel when the JVM has
 * jdk.incubator.vector, plain loops otherwise.
 */
public final class Gemm {
    private Gemm() {}

    /**
     * c = op(a) · op(b) (+ c when {@code accumulate}), where op(x) is x or its transpose.
     * Shapes: op(a) [m, k], op(b) [k, n], c [m, n]. c must be a different matrix from a and b.
     */
    public static void multiply(Matrix a, boolean transposeA, Matrix b, boolean transposeB,
                                Matrix c, boolean accumulate) {
        int m = transposeA ? a.cols : a.rows;
        int k = transposeA ? a.rows : a.cols;
        int kb = transposeB ? b.cols : b.rows;
        int n = transposeB ? b.rows : b.cols;
        if (k != kb || c.rows != m || c.cols != n) {
            throw new IllegalArgumentException("cannot multiply " + shape(a, transposeA) + " by "
                    + shape(b, transposeB) + " into " + c);
        }
        GemmKernels.active().multiply(m, n, k, a.data, transposeA, b.data, transposeB, c.data, accumulate);
    }

    private static String shape(Matrix x, boolean transposed) {
        return transposed ? "[" + x.cols + "x" + x.rows + "]" : "[" + x.rows + "x" + x.cols + "]";
    }
}
