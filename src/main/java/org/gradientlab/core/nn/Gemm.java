package org.gradientlab.core.nn;

/**
 * Matrix products for the training hot path. Placeholder i-k-j loops; the packed,
 * register-blocked Vector API kernel replaces the body behind the same signature.
 */
public final class Gemm {
    private Gemm() {}

    /**
     * c = op(a) · op(b) (+ c when {@code accumulate}), where op(x) is x or its transpose.
     * Shapes: op(a) [m, k], op(b) [k, n], c [m, n].
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
        if (!accumulate) {
            java.util.Arrays.fill(c.data, 0f);
        }
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                float aip = transposeA ? a.data[p * a.cols + i] : a.data[i * a.cols + p];
                if (aip == 0f) {
                    continue;
                }
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    float bpj = transposeB ? b.data[j * b.cols + p] : b.data[p * b.cols + j];
                    c.data[cRow + j] += aip * bpj;
                }
            }
        }
    }

    private static String shape(Matrix x, boolean transposed) {
        return transposed ? "[" + x.cols + "x" + x.rows + "]" : "[" + x.rows + "x" + x.cols + "]";
    }
}
