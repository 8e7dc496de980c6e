package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.linalg.Matrix;

class DropoutTest {

    @Test
    void scalesByOneMinusRatioAtTestTime() {
        Dropout dropout = new Dropout(0.2, new SplittableRandom(1));
        Matrix out = dropout.forward(new Matrix(1, 3, new float[] {1, -2, 5}), false);
        assertArrayEquals(new float[] {0.8f, -1.6f, 4f}, out.data, 1e-6f);
    }

    @Test
    void dropsAboutRatioOfUnitsInTrainingAndKeepsTheRestUnscaled() {
        Dropout dropout = new Dropout(0.3, new SplittableRandom(2));
        Matrix x = new Matrix(100, 100);
        Arrays.fill(x.data, 2f);
        Matrix out = dropout.forward(x, true);
        int dropped = 0;
        for (float v : out.data) {
            assertTrue(v == 0f || v == 2f, "kept units are not rescaled, got " + v);
            dropped += v == 0f ? 1 : 0;
        }
        // 10 000 Bernoulli(0.3) draws: sd 46, so ±250 is over 5 sd.
        assertEquals(3000, dropped, 250);
    }

    @Test
    void backwardPassesGradientOnlyThroughKeptUnits() {
        Dropout dropout = new Dropout(0.5, new SplittableRandom(3));
        dropout.fixMask(new boolean[] {true, false, true, false});
        Matrix x = new Matrix(2, 2, new float[] {1, 2, 3, 4});
        assertArrayEquals(new float[] {1, 0, 3, 0}, dropout.forward(x, true).data);
        Matrix dout = new Matrix(2, 2, new float[] {5, 6, 7, 8});
        assertArrayEquals(new float[] {5, 0, 7, 0}, dropout.backward(dout).data);
    }

    @Test
    void sameSeedDrawsSameMasks() {
        Matrix x = new Matrix(4, 4);
        Dropout a = new Dropout(0.5, new SplittableRandom(9));
        Dropout b = new Dropout(0.5, new SplittableRandom(9));
        a.forward(x, true);
        b.forward(x, true);
        assertArrayEquals(a.lastMask(), b.lastMask());
    }

    @Test
    void rejectsRatioOutsideZeroToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dropout(1.0, new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("[0, 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1, new SplittableRandom(1)));
    }
}
