package org.gradientlab.core.concepts.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;

class MnistPcaTest {
    private static final int IMAGES = 400;
    private static final int COMPONENTS = 8;
    private static Dataset train;
    private static MnistPca pca;

    @BeforeAll
    static void compute() {
        train = Mnist.bundled().train();
        pca = MnistPca.compute(train, IMAGES, COMPONENTS, () -> false);
    }

    @Test
    void meanImageIsTheDirectAverageOfTheSameImages() {
        for (int p = 0; p < Mnist.PIXELS; p += 7) {
            double sum = 0;
            for (int i = 0; i < IMAGES; i++) {
                sum += train.images()[i * Mnist.PIXELS + p];
            }
            assertEquals(sum / IMAGES, pca.mean()[p], 1e-9, "pixel " + p);
        }
        assertEquals(IMAGES, pca.images());
    }

    @Test
    void componentsAreOrthonormal() {
        double[][] v = pca.components();
        assertEquals(COMPONENTS, v.length);
        for (int a = 0; a < v.length; a++) {
            for (int b = a; b < v.length; b++) {
                double dot = 0;
                for (int p = 0; p < Mnist.PIXELS; p++) {
                    dot += v[a][p] * v[b][p];
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-9, "components " + a + ", " + b);
            }
        }
    }

    @Test
    void eachEigenvalueIsTheVarianceOfTheImagesAlongItsComponent() {
        for (int c = 0; c < 3; c++) {
            double sumSquares = 0;
            for (int i = 0; i < IMAGES; i++) {
                double projection = 0;
                for (int p = 0; p < Mnist.PIXELS; p++) {
                    projection += (train.images()[i * Mnist.PIXELS + p] - pca.mean()[p]) * pca.components()[c][p];
                }
                sumSquares += projection * projection;
            }
            // float covariance: agree to float precision
            assertEquals(sumSquares / IMAGES, pca.eigenvalues()[c], 1e-4 * pca.eigenvalues()[c], "component " + c);
        }
    }

    @Test
    void explainedVarianceDescendsWithinZeroAndOne() {
        double[] share = pca.explained();
        for (int c = 0; c < share.length; c++) {
            assertTrue(share[c] > 0 && share[c] <= 1, "share " + share[c]);
            if (c > 0) {
                assertTrue(share[c] <= share[c - 1], "descending at " + c);
            }
        }
        assertTrue(pca.cumulativeExplained(COMPONENTS) < 1);
        assertTrue(pca.varyingPixels() < Mnist.PIXELS, "the always-black border is dropped");
    }

    @Test
    void stopsWhenCancelledAndRejectsBadSizes() {
        assertThrows(CancellationException.class, () -> MnistPca.compute(train, 50, 4, () -> true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MnistPca.compute(train, 1, 4, () -> false));
        assertTrue(e.getMessage().contains("images must be"), e.getMessage());
    }
}
