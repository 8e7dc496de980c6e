package org.gradientlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gradientlab.core.linalg.GemmReference.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Vector API kernel against double precision and against the plain kernel. */
class VectorGemmTest {
    /** Surefire adds the module, so a missing vector kernel is a failure, not a skip. */
    private static final GemmKernel VECTOR = GemmKernels.vector().orElseThrow();

    /** The shapes of the MLP 784-100-100-100-100-10 at batch 128, the probe, and panel edges. */
    static Stream<Case> namedShapes() {
        int[][] mnk = {
            {1, 1, 1}, {1, 1, 300}, {5, 3, 2}, {7, 10, 784},
            {128, 100, 784}, {128, 100, 100}, {128, 10, 100},   // forward x·W
            {784, 100, 128}, {100, 10, 128},                    // dW = xᵀ·dy
            {128, 784, 100}, {128, 100, 10},                    // dx = dy·Wᵀ
            {1000, 100, 100},                                   // activation probe
            // Around 8- and 16-lane panels (7..49), a 96-row A block (97), 128/256-column B blocks.
            {97, 49, 129}, {13, 257, 33}, {6, 129, 257}, {12, 31, 7},
            // Around the AVX-512 tile (8 rows x 48 columns), its 128-row A block, 384-column B
            // block and 170-deep k block: a partial 3-vector panel, a second A block, two k blocks.
            {129, 385, 171}, {9, 47, 341}, {17, 97, 170}, {8, 52, 1},
            // The narrow column's 16-row kernel on packed A panels padded to 16 rows: m = 100
            // (the last 4 rows), 29 (13 rows in the last pair of panels), and dW of a hidden layer.
            {100, 10, 100}, {29, 10, 100}, {29, 100, 37}, {100, 100, 128},
        };
        List<Case> cases = new ArrayList<>();
        for (int[] s : mnk) {
            for (int flags = 0; flags < 8; flags++) {
                cases.add(new Case(s[0], s[1], s[2], (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0));
            }
        }
        return cases.stream();
    }

    static Stream<Case> randomShapes() {
        return GemmReference.randomCases(20261123, 150, 40, 70, 300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"namedShapes", "randomShapes"})
    void matchesDoublePrecisionAndThePlainKernel(Case cs) {
        GemmReference reference = new GemmReference(cs, cs.hashCode());
        float[] vector = reference.runAndCheck(VECTOR);
        float[] plain = reference.runAndCheck(GemmKernels.plain());
        reference.assertAgree("vector vs plain", vector, plain);
    }

    /**
     * Every element is one chain of fused multiply-adds over k in ascending order, whatever the
     * tile, edge or k block it falls in, so training gives the same numbers bit for bit whichever
     * tile this machine uses.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("namedShapes")
    void sumsEveryElementAsOneFusedChainOverK(Case cs) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(cs.hashCode());
        float[] a = new float[cs.m() * cs.k()];
        float[] b = new float[cs.k() * cs.n()];
        float[] c = new float[cs.m() * cs.n()];
        for (float[] x : List.of(a, b, c)) {
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextDouble(-1, 1);
            }
        }
        float[] expected = c.clone();
        for (int i = 0; i < cs.m(); i++) {
            for (int j = 0; j < cs.n(); j++) {
                float sum = cs.accumulate() ? expected[i * cs.n() + j] : 0f;
                for (int p = 0; p < cs.k(); p++) {
                    float aip = cs.transposeA() ? a[p * cs.m() + i] : a[i * cs.k() + p];
                    float bpj = cs.transposeB() ? b[j * cs.k() + p] : b[p * cs.n() + j];
                    sum = Math.fma(aip, bpj, sum);
                }
                expected[i * cs.n() + j] = sum;
            }
        }
        VECTOR.multiply(cs.m(), cs.n(), cs.k(), a, cs.transposeA(), b, cs.transposeB(), c, cs.accumulate());
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, c);
    }

    @Test
    void reusesItsBuffersAcrossShapesWithoutStaleValues() {
        // A large product fills the per-thread panels; a small one after it must see zero padding.
        new GemmReference(new Case(200, 300, 300, false, true, false), 1).runAndCheck(VECTOR);
        new GemmReference(new Case(5, 3, 2, true, false, false), 2).runAndCheck(VECTOR);
        new GemmReference(new Case(11, 17, 9, false, false, true), 3).runAndCheck(VECTOR);
    }

    @Test
    void multipliesAHandComputedCase() {
        // [1 2 3; 4 5 6] · [7 8; 9 10; 11 12] = [58 64; 139 154]
        float[] c = new float[4];
        VECTOR.multiply(2, 2, 3, new float[] {1, 2, 3, 4, 5, 6}, false,
                new float[] {7, 8, 9, 10, 11, 12}, false, c, false);
        assertEquals(List.of(58f, 64f, 139f, 154f), List.of(c[0], c[1], c[2], c[3]));
    }

    @Test
    void namesItsWidth() {
        assertTrue(VECTOR.name().startsWith("vector ("), VECTOR.name());
    }
}
