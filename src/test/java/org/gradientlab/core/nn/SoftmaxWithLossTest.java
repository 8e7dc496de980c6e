package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.linalg.Matrix;

class SoftmaxWithLossTest {

    @Test
    void uniformScoresOverTenClassesCostLnTen() {
        Matrix scores = new Matrix(3, 10); // all zero: every class has probability 1/10
        double loss = new SoftmaxWithLoss().forward(scores, new int[] {0, 4, 9});
        // ln 10 = 2.302585; the book's 1e-7 inside the log takes off 1e-7/0.1 = 1e-6.
        assertEquals(-Math.log(0.1 + 1e-7), loss, 1e-7);
        assertEquals(Math.log(10), loss, 2e-6);
    }

    @Test
    void matchesHandComputedProbabilitiesLossAndGradient() {
        // Row 0: scores (0, ln 3) → p = (1/4, 3/4); row 1: (ln 2, 0) → p = (2/3, 1/3).
        Matrix scores = new Matrix(2, 2, new float[] {0, (float) Math.log(3), (float) Math.log(2), 0});
        SoftmaxWithLoss last = new SoftmaxWithLoss();
        double loss = last.forward(scores, new int[] {1, 1});
        double expected = -(Math.log(0.75 + 1e-7) + Math.log(1.0 / 3 + 1e-7)) / 2;
        assertEquals(expected, loss, 1e-6);
        float[] dx = last.backward().data;
        float[] wanted = {0.25f / 2, (0.75f - 1) / 2, (2f / 3) / 2, (1f / 3 - 1) / 2};
        for (int i = 0; i < 4; i++) {
            assertEquals(wanted[i], dx[i], 1e-6);
        }
    }

    @Test
    void staysFiniteForHugeScores() {
        Matrix scores = new Matrix(1, 3, new float[] {1000f, 0f, -1000f});
        SoftmaxWithLoss last = new SoftmaxWithLoss();
        assertEquals(0, last.forward(scores, new int[] {0}), 1e-6);
        // A probability of 0 costs −ln(1e-7), not infinity (the book's epsilon).
        assertEquals(-Math.log(1e-7), last.forward(scores, new int[] {2}), 1e-4);
        assertTrue(Float.isFinite(last.backward().data[0]));
    }

    @Test
    void rejectsLabelsOutsideTheClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxWithLoss().forward(new Matrix(1, 3), new int[] {3}));
        assertTrue(e.getMessage().contains("label 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxWithLoss().forward(new Matrix(2, 3), new int[] {0}));
    }
}
