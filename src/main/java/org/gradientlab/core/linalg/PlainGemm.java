package org.gradientlab.core.linalg;

import java.util.Arrays;

/**
 * The fallback when the Vector API is absent: i-k-j loops over float[] (row of c += a_ip · row
 * of b), so the innermost loop walks b and c contiguously when b is not transposed and C2's
 * auto-vectoriser can use it. Zero a_ip are skipped, which pays off after ReLU.
 */
public final class PlainGemm extends GemmKernel {

    @Override
    public String name() {
        return "plain";
    }

    @Override
    void compute(int m, int n, int k, float[] a, boolean transposeA,
                 float[] b, boolean transposeB, float[] c, boolean accumulate) {
        if (!accumulate) {
            Arrays.fill(c, 0f);
        }
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            for (int p = 0; p < k; p++) {
                float aip = transposeA ? a[p * m + i] : a[i * k + p];
                if (aip == 0f) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    float bpj = transposeB ? b[j * k + p] : b[p * n + j];
                    c[cRow + j] += aip * bpj;
                }
            }
        }
    }
}
