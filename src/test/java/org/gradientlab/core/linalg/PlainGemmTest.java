package org.gradientlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.Stream;

import org.gradientlab.core.linalg.GemmReference.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlainGemmTest {
    private final GemmKernel plain = GemmKernels.plain();

    @Test
    void multipliesAHandComputedCaseInAllFourTransposeForms() {
        // a = [1 2 3; 4 5 6], b = [7 8; 9 10; 11 12]; a·b = [58 64; 139 154]
        float[] a = {1, 2, 3, 4, 5, 6};
        float[] aT = {1, 4, 2, 5, 3, 6};
        float[] b = {7, 8, 9, 10, 11, 12};
        float[] bT = {7, 9, 11, 8, 10, 12};
        float[] expected = {58, 64, 139, 154};
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                float[] c = new float[4];
                plain.multiply(2, 2, 3, ta ? aT : a, ta, tb ? bT : b, tb, c, false);
                assertArrayEquals(expected, c, "transposeA=" + ta + " transposeB=" + tb);
            }
        }
    }

    @Test
    void addsRowsOfBOnlyForNonZeroEntriesOfA() {
        // ReLU outputs: half the entries of a are exactly zero (the kernel skips them).
        float[] a = {0, 2, 0, 4, 0, 6};
        float[] b = {1, -1, 2, -2, 3, -3};
        float[] c = {10, 20, 30, 40};
        plain.multiply(2, 2, 3, a, false, b, false, c, true);
        assertArrayEquals(new float[] {10 + 4, 20 - 4, 30 + 4 + 18, 40 - 4 - 18}, c);
    }

    static Stream<Case> randomShapes() {
        return GemmReference.randomCases(7, 40, 20, 40, 200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomShapes")
    void matchesDoublePrecision(Case cs) {
        new GemmReference(cs, cs.hashCode()).runAndCheck(plain);
    }
}
