package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.linalg.Matrix;

class BatchNormTest {

    @Test
    void trainingOutputHasZeroMeanAndUnitVariancePerFeature() {
        SplittableRandom random = new SplittableRandom(3);
        Matrix x = new Matrix(200, 3);
        for (int r = 0; r < 200; r++) {
            for (int j = 0; j < 3; j++) {
                x.set(r, j, (float) (10 * j - 4 + (j + 1) * 5 * random.nextGaussian()));
            }
        }
        Matrix out = new BatchNorm(3).forward(x, true);
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < 200; r++) {
                sum += out.get(r, j);
                squares += out.get(r, j) * out.get(r, j);
            }
            double mean = sum / 200;
            assertEquals(0, mean, 1e-5, "mean of feature " + j);
            assertEquals(1, squares / 200 - mean * mean, 1e-4, "variance of feature " + j);
        }
    }

    @Test
    void appliesGammaAndBetaAndTheBooksEpsilon() {
        // One feature, batch (1, 3): μ = 2, σ² = 1, xn = ∓1/√(1 + 1e-6).
        BatchNorm norm = new BatchNorm(1);
        norm.gamma()[0] = 2f;
        norm.beta()[0] = 0.5f;
        Matrix out = norm.forward(new Matrix(2, 1, new float[] {1, 3}), true);
        double xn = 1 / Math.sqrt(1 + 1e-6);
        assertEquals(0.5 - 2 * xn, out.data[0], 1e-6);
        assertEquals(0.5 + 2 * xn, out.data[1], 1e-6);
    }

    @Test
    void runningStatisticsStartAtZeroAndMoveWithMomentumPointNine() {
        BatchNorm norm = new BatchNorm(1);
        norm.forward(new Matrix(2, 1, new float[] {1, 3}), true); // μ 2, σ² 1
        assertEquals(0.2, norm.runningMean()[0], 1e-12);
        assertEquals(0.1, norm.runningVar()[0], 1e-12);
        norm.forward(new Matrix(2, 1, new float[] {4, 8}), true); // μ 6, σ² 4
        assertEquals(0.9 * 0.2 + 0.1 * 6, norm.runningMean()[0], 1e-12);
        assertEquals(0.9 * 0.1 + 0.1 * 4, norm.runningVar()[0], 1e-12);
    }

    @Test
    void inferenceNormalizesWithRunningStatisticsNotTheBatch() {
        BatchNorm norm = new BatchNorm(1);
        norm.forward(new Matrix(2, 1, new float[] {1, 3}), true); // running μ 0.2, σ² 0.1
        norm.beta()[0] = 1f;
        Matrix out = norm.forward(new Matrix(2, 1, new float[] {5, 5}), false);
        double expected = 1 + (5 - 0.2) / Math.sqrt(0.1 + 1e-6);
        assertEquals(expected, out.data[0], 1e-4);
        assertEquals(expected, out.data[1], 1e-4);
        assertEquals(0.2, norm.runningMean()[0], 1e-12, "inference leaves the running mean alone");
    }

    @Test
    void refusesBackwardAfterAnInferenceForward() {
        BatchNorm norm = new BatchNorm(2);
        norm.forward(new Matrix(3, 2), false);
        assertThrows(IllegalStateException.class, () -> norm.backward(new Matrix(3, 2)));
    }
}
