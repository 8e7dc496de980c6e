package org.gradientlab.core.concepts.ensembles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.linalg.Matrix;

class ProbabilitySumTest {
    private static final int[] LABELS = {1, 2, 0};

    // Two nets, three examples, three classes; each net alone gets one example of three right.
    private static final Matrix A = new Matrix(3, 3, new float[] {
        0.6f, 0.3f, 0.1f,
        0.1f, 0.5f, 0.4f,
        0.5f, 0.2f, 0.3f});
    private static final Matrix B = new Matrix(3, 3, new float[] {
        0.1f, 0.8f, 0.1f,
        0.5f, 0.05f, 0.45f,
        0.2f, 0.7f, 0.1f});

    @Test
    void averagesTwoNetsByHand() {
        ProbabilitySum sum = new ProbabilitySum(3, 3);
        sum.add(A);
        sum.add(B);
        double[] mean = sum.mean();
        // Row 0: (0.6+0.1)/2, (0.3+0.8)/2, (0.1+0.1)/2 = 0.35, 0.55, 0.10, and so on.
        double[] expected = {0.35, 0.55, 0.10, 0.30, 0.275, 0.425, 0.35, 0.45, 0.20};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], mean[i], 1e-7, "entry " + i);
        }
        assertEquals(1, sum.predicted(0));
        assertEquals(2, sum.predicted(1));
        assertEquals(1, sum.predicted(2));
        assertEquals(2, sum.count());
        // A alone gets row 2 right, B alone row 0; the average gets rows 0 and 1.
        assertEquals(1 / 3.0, ProbabilitySum.accuracy(A, LABELS), 1e-12);
        assertEquals(1 / 3.0, ProbabilitySum.accuracy(B, LABELS), 1e-12);
        assertEquals(2 / 3.0, sum.accuracy(LABELS), 1e-12);
    }

    @Test
    void softmaxRowsSumToOneAndKeepTheOrder() {
        Matrix p = ProbabilitySum.softmax(new Matrix(2, 3, new float[] {1, 2, 3, 1000, 0, -1000}));
        // e^(x − 3) / Σ: 0.0900306, 0.2447285, 0.6652410 (numpy)
        assertEquals(0.0900306, p.get(0, 0), 1e-6);
        assertEquals(0.2447285, p.get(0, 1), 1e-6);
        assertEquals(0.6652410, p.get(0, 2), 1e-6);
        assertEquals(1.0, p.get(1, 0), 1e-7);
        assertEquals(0.0, p.get(1, 2), 0);
    }

    @Test
    void refusesAMismatchedMemberAndAnEmptyMean() {
        ProbabilitySum sum = new ProbabilitySum(2, 3);
        assertThrows(IllegalStateException.class, sum::mean);
        assertThrows(IllegalArgumentException.class, () -> sum.add(A));
        assertThrows(IllegalArgumentException.class, () -> new ProbabilitySum(2, 0));
    }
}
