package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.gradientlab.ui.widgets.SeriesBuffer;

class DecimationTest {
    private static List<double[]> decimate(SeriesBuffer data, double xMax, int buckets) {
        List<double[]> kept = new ArrayList<>();
        Decimation.decimate(data, 0, xMax, buckets, (x, y) -> kept.add(new double[] {x, y}));
        return kept;
    }

    @Test
    void drawsAtMostTwoPointsPerBucketAndKeepsTheExtremes() {
        SeriesBuffer data = new SeriesBuffer();
        Random random = new Random(7);
        for (int i = 1; i <= 10_000; i++) {
            data.add(i, 2.3 * Math.exp(-i / 2000.0) + 0.05 * random.nextGaussian());
        }
        data.add(10_001, 9.5);
        List<double[]> kept = decimate(data, 10_001, 100);
        assertTrue(kept.size() <= 200, "kept " + kept.size());
        assertEquals(10_001, data.size(), "the buffer keeps every point");
        double max = kept.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double min = kept.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double trueMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            trueMin = Math.min(trueMin, data.y(i));
        }
        assertEquals(9.5, max, "the spike survives");
        assertEquals(trueMin, min);
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(kept.get(i)[0] > kept.get(i - 1)[0], "x order at " + i);
        }
    }

    @Test
    void handsEveryPointWhenFewAndSkipsNonFiniteOnes() {
        SeriesBuffer data = new SeriesBuffer();
        data.add(1, 2.0);
        data.add(2, 1.5);
        data.add(3, Double.NaN);
        List<double[]> kept = decimate(data, 100, 50);
        assertEquals(2, kept.size());
        assertEquals(1.5, kept.get(1)[1]);
    }

    @Test
    void nearestFindsTheClosestX() {
        SeriesBuffer data = new SeriesBuffer();
        for (int i = 0; i < 100; i++) {
            data.add(i * 10, i);
        }
        assertEquals(0, data.nearest(-5));
        assertEquals(4, data.nearest(41));
        assertEquals(5, data.nearest(46));
        assertEquals(99, data.nearest(5000));
        assertEquals(-1, new SeriesBuffer().nearest(3));
    }
}
