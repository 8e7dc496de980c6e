package org.gradientlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The argument checks and empty cases every kernel shares. */
class GemmKernelTest {
    static Stream<GemmKernel> kernels() {
        return Stream.of(GemmKernels.plain(), GemmKernels.vector().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void rejectsAnArrayOfTheWrongLength(GemmKernel kernel) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> kernel.multiply(2, 3, 4, new float[8], false, new float[11], false, new float[6], false));
        assertTrue(e.getMessage().contains("b has 11 values, the shape needs 12"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void rejectsNegativeSizes(GemmKernel kernel) {
        assertThrows(IllegalArgumentException.class,
                () -> kernel.multiply(-1, 1, 1, new float[1], false, new float[1], false, new float[1], false));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void rejectsAnOutputThatSharesAnInput(GemmKernel kernel) {
        float[] square = new float[4];
        var e = assertThrows(IllegalArgumentException.class,
                () -> kernel.multiply(2, 2, 2, square, false, new float[4], false, square, false));
        assertTrue(e.getMessage().contains("must not share"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void emptySumZeroesOrKeepsTheOutput(GemmKernel kernel) {
        float[] c = {1, 2};
        kernel.multiply(1, 2, 0, new float[0], false, new float[0], true, c, true);
        assertArrayEquals(new float[] {1, 2}, c);
        kernel.multiply(1, 2, 0, new float[0], true, new float[0], false, c, false);
        assertArrayEquals(new float[] {0, 0}, c);
    }
}
