package org.gradientlab.core.nn;

import org.gradientlab.core.linalg.GemmKernels;

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
}
