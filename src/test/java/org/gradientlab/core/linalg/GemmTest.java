package org.gradientlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GemmTest {
    // a = [1 2 3; 4 5 6], b = [7 8; 9 10; 11 12]; a·b = [58 64; 139 154]
    private final Matrix a = new Matrix(2, 3, new float[] {1, 2, 3, 4, 5, 6});
    private final Matrix b = new Matrix(3, 2, new float[] {7, 8, 9, 10, 11, 12});

    @Test
    void multipliesAndAccumulates() {
        Matrix c = new Matrix(2, 2, new float[] {1, 1, 1, 1});
        Gemm.multiply(a, false, b, false, c, true);
        assertArrayEquals(new float[] {59, 65, 140, 155}, c.data);
        Gemm.multiply(a, false, b, false, c, false);
        assertArrayEquals(new float[] {58, 64, 139, 154}, c.data);
    }

    @Test
    void transposesBothOperandsOnRequest() {
        // bᵀ [2x3] · aᵀ [3x2] = (a·b)ᵀ = [58 139; 64 154]
        Matrix c = new Matrix(2, 2);
        Gemm.multiply(b, true, a, true, c, false);
        assertArrayEquals(new float[] {58, 139, 64, 154}, c.data);
    }

    @Test
    void rejectsMismatchedInnerSizesNamingTheShapes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Gemm.multiply(a, false, b, true, new Matrix(2, 2), false));
        assertEquals("cannot multiply [2x3] by [2x3] into Matrix[2x2]", e.getMessage());
    }

    @Test
    void rejectsAnOutputOfTheWrongShape() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Gemm.multiply(a, false, b, false, new Matrix(2, 3), false));
        assertEquals("cannot multiply [2x3] by [3x2] into Matrix[2x3]", e.getMessage());
    }
}
