package org.gradientlab.core.nn;

import org.gradientlab.core.linalg.GemmKernels;
import org.gradientlab.core.linalg.GemmWarmUp;

/**
 * Whether element-wise loops may use the Vector API. True when the boot layer has
 * jdk.incubator.vector (java --add-modules jdk.incubator.vector), unless
 * {@code -Dgradientlab.kernel=plain}, the switch that also puts the matrix products on plain
 * loops. Classes that import jdk.incubator.vector are only reached behind this flag, so the
 * program still runs, on scalar loops, without the module.
 */
public final class VectorSupport {
    // One switch for matrix products and element-wise loops: the kernel choice of GemmKernels.
    public static final boolean ENABLED = GemmKernels.active() != GemmKernels.plain();

    private VectorSupport() {}

    /**
     * Starts, once per JVM, the background threads that get the Vector API kernels (the matrix
     * products and the first layer's sparse product) compiled before training needs them; call it
     * as early as possible, e.g. before MNIST decodes. A no-op on plain loops.
     */
    public static void warmUpKernelsInBackground() {
        if (ENABLED) {
            GemmWarmUp.startInBackground();
            SparseInput.warmUpInBackground();
        }
    }
}
