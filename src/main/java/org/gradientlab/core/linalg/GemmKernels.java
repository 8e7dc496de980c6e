package org.gradientlab.core.linalg;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the matrix-product kernel. The Vector API kernel needs the incubator module
 * {@value #VECTOR_MODULE} in the boot layer ({@code --add-modules}); without it the plain kernel
 * runs and no Vector API class is ever loaded (VectorGemm is only reached by reflection).
 * System property {@value #PROPERTY} = {@code plain} or {@code vector} forces one.
 */
public final class GemmKernels {
    public static final String PROPERTY = "gradientlab.kernel";
    public static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final boolean VECTOR_MODULE_PRESENT =
            ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    private static final GemmKernel PLAIN = new PlainGemm();

    private static volatile GemmKernel active;
    private static volatile Optional<GemmKernel> vector;

    /** Which kernel {@link #active()} uses. */
    public enum Choice { PLAIN, VECTOR }

    private GemmKernels() {}

    /** True when {@value #VECTOR_MODULE} was resolved at start-up. */
    public static boolean vectorModulePresent() {
        return VECTOR_MODULE_PRESENT;
    }

    /** The plain-loop kernel, always available. */
    public static GemmKernel plain() {
        return PLAIN;
    }

    /** The Vector API kernel, or empty without the module (or without a SIMD width). */
    public static Optional<GemmKernel> vector() {
        Optional<GemmKernel> v = vector;
        if (v == null) {
            v = VECTOR_MODULE_PRESENT ? loadVector() : Optional.empty();
            vector = v;
        }
        return v;
    }

    /**
     * The kernel for {@code Gemm.multiply}, chosen on first use from {@value #PROPERTY}.
     *
     * @throws IllegalArgumentException for a property value other than plain or vector
     * @throws IllegalStateException when vector is forced but unavailable
     */
    public static GemmKernel active() {
        GemmKernel k = active;
        if (k == null) {
            k = choose(System.getProperty(PROPERTY), vector().isPresent()) == Choice.VECTOR
                    ? vector().orElseThrow() : PLAIN;
            active = k;
        }
        return k;
    }

    /** The choice for a property value (null: not set) given whether the vector kernel loads. */
    public static Choice choose(String property, boolean vectorAvailable) {
        if (property == null || property.isBlank()) {
            return vectorAvailable ? Choice.VECTOR : Choice.PLAIN;
        }
        return switch (property.strip().toLowerCase(Locale.ROOT)) {
            case "plain" -> Choice.PLAIN;
            case "vector" -> {
                if (!vectorAvailable) {
                    throw new IllegalStateException(PROPERTY + "=vector needs the Vector API: run java with"
                            + " --add-modules " + VECTOR_MODULE);
                }
                yield Choice.VECTOR;
            }
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be plain or vector, got '" + property + "'");
        };
    }

    private static Optional<GemmKernel> loadVector() {
        try {
            Class<?> type = Class.forName(GemmKernels.class.getPackageName() + ".VectorGemm");
            if (!(boolean) type.getDeclaredMethod("isUseful").invoke(null)) {
                return Optional.empty();
            }
            return Optional.of((GemmKernel) type.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }
}
