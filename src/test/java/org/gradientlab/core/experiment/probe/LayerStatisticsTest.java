package org.gradientlab.core.experiment.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LayerStatisticsTest {

    @Test
    void matchesHandComputedValues() {
        float[] values = {-1, 0, 0, 0.5f, 1, 2};
        // Sigmoid's bounds 0 and 1; range [0, 1] in 2 bins: [0, 0.5) and [0.5, 1].
        LayerStatistics s = LayerStatistics.of(3, values, 2, 0, 1, 0, 1);
        double mean = 2.5 / 6;
        double variance = (1 + 0.25 + 1 + 4) / 6 - mean * mean;
        assertEquals(3, s.layer());
        assertEquals(6, s.count());
        assertEquals(mean, s.mean(), 1e-7);
        assertEquals(Math.sqrt(variance), s.std(), 1e-7);
        assertEquals(-1, s.min());
        assertEquals(2, s.max());
        assertEquals(List.of(2, 2), s.counts(), "0 twice; 0.5 and the right edge 1 in the last bin");
        assertEquals(1, s.below());
        assertEquals(1, s.above());
        assertEquals(2 / 6.0, s.zeroShare(), 1e-12);
        assertEquals(3 / 6.0, s.saturatedLowShare(), 1e-12, "-1, 0, 0 are below 0.05");
        assertEquals(2 / 6.0, s.saturatedHighShare(), 1e-12, "1 and 2 are above 0.95");
        assertEquals(5 / 6.0, s.saturatedShare(), 1e-12);
    }

    @Test
    void countsNoSaturationWithoutBounds() {
        LayerStatistics s = LayerStatistics.of(1, new float[] {0, 5, -5}, 3, -1, 1, Double.NaN, Double.NaN);
        assertEquals(0, s.saturatedShare());
        assertEquals(List.of(0, 1, 0), s.counts());
    }

    /** Lengths around the vector width exercise the scalar tails; sums must agree to float rounding. */
    @Test
    void vectorSummaryAgreesWithTheScalarOne() {
        SplittableRandom random = new SplittableRandom(4);
        for (int n : new int[] {1, 7, 16, 33, 1023, 1024, 1025, 100_003}) {
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                values[i] = u < 0.1 ? 0f : (float) (0.5 + 0.01 * random.nextGaussian() + (u < 0.3 ? -0.49 : 0));
            }
            Summary scalar = Summary.scalar(values, 0.05f, 0.95f);
            Summary vector = VectorSummary.of(values, 0.05f, 0.95f);
            assertEquals(scalar.mean(), vector.mean(), 1e-6 * Math.abs(scalar.mean()), "mean, n=" + n);
            assertEquals(scalar.variance(), vector.variance(), 1e-5 * scalar.variance() + 1e-12, "variance, n=" + n);
            assertEquals(scalar.min(), vector.min());
            assertEquals(scalar.max(), vector.max());
            assertEquals(scalar.zeros(), vector.zeros());
            assertEquals(scalar.below(), vector.below());
            assertEquals(scalar.above(), vector.above());
        }
    }

    @Test
    void isImmutable() {
        LayerStatistics s = LayerStatistics.of(1, new float[] {0.2f}, 2, 0, 1, 0, 1);
        assertThrows(UnsupportedOperationException.class, () -> s.counts().set(0, 9));
    }
}
