package org.gradientlab.core.linalg;

import java.util.Arrays;

/** Run in a child JVM by {@link GemmKernelsTest}: prints the active kernel and a 2x2 product. */
public final class KernelProbe {
    private KernelProbe() {}

    public static void main(String[] args) {
        float[] c = new float[4];
        GemmKernel kernel = GemmKernels.active();
        kernel.multiply(2, 2, 3, new float[] {1, 2, 3, 4, 5, 6}, false,
                new float[] {7, 8, 9, 10, 11, 12}, false, c, false);
        System.out.println(kernel.name() + " " + Arrays.toString(c));
    }
}
