package org.gradientlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The kernel warm-up ends and leaves no trace in the products that follow it. */
class GemmWarmUpTest {
    @Test
    void warmUpFinishesAndProductsAfterItAreTheSameBitForBit() {
        Random random = new Random(13);
        Matrix x = random(random, 128, 100);
        Matrix w = random(random, 100, 10);
        Matrix before = new Matrix(128, 10);
        Gemm.multiply(x, false, w, false, before, false);
        Matrix dWBefore = new Matrix(100, 10);
        Gemm.multiply(x, true, before, false, dWBefore, false);

        GemmWarmUp.run();

        assertTrue(GemmWarmUp.done());
        Matrix after = new Matrix(128, 10);
        Gemm.multiply(x, false, w, false, after, false);
        Matrix dWAfter = new Matrix(100, 10);
        Gemm.multiply(x, true, after, false, dWAfter, false);
        assertArrayEquals(before.data, after.data);
        assertArrayEquals(dWBefore.data, dWAfter.data);
    }

    private static Matrix random(Random random, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextGaussian();
        }
        return m;
    }
}
