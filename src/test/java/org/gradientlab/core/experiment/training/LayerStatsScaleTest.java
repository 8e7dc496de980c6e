package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.nn.LayerStats;

class LayerStatsScaleTest {

    private static LayerStats hidden(double gradient, double ratio, double min, double max) {
        return new LayerStats(1, 4, gradient, ratio, 0, Double.NaN, 0, 1, min, max, new int[] {1, 2, 3});
    }

    private static LayerStats output(double gradient, double ratio) {
        return new LayerStats(2, 10, gradient, ratio, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, new int[0]);
    }

    private static LayerStatsRecord record(int iteration, LayerStats... layers) {
        return new LayerStatsRecord("s", 0, iteration, List.of(layers));
    }

    @Test
    void theAxesSpanWholeDecadesAroundBothRunsAndTheWidestHistogram() {
        // Run A: ReLU range [-1, 4], gradients 0.02 and 3, ratios 2e-6 and 5e-4.
        List<LayerStatsRecord> a = List.of(record(1, hidden(0.02, 2e-6, -1, 4), output(3, 5e-4)));
        // Run B: tanh range [-1, 1], a gradient of 40, a ratio 0 (not movable on a log axis) and 0.3.
        List<LayerStatsRecord> b = List.of(record(1, hidden(40, 0, -1, 1), output(0.5, 0.3)));
        LayerStatsScale scale = LayerStatsScale.of(List.of(a, b), List.of(200L, 500L), 1e-3);

        assertEquals(500, scale.iterations());
        assertEquals(-1, scale.histogramMin());
        assertEquals(4, scale.histogramMax());
        // 0.02 → 10^-2 (floor of -1.7), 40 → 10^2 (ceil of 1.6).
        assertEquals(-2, scale.gradientLow());
        assertEquals(2, scale.gradientHigh());
        // 2e-6 → 10^-6, 0.3 → 10^0.
        assertEquals(-6, scale.ratioLow());
        assertEquals(0, scale.ratioHigh());
        // 4 decades: a tick each; 6 decades: every 2nd.
        assertEquals(1, scale.gradientTick());
        assertEquals(2, scale.ratioTick());
    }

    @Test
    void theRatioAxisHoldsTheGuideAndAPowerOfTenIsItsOwnEnd() {
        List<LayerStatsRecord> a = List.of(record(1, hidden(1, 1e-5, -1, 4)), record(20, hidden(10, 1e-4, -1, 4)));
        LayerStatsScale scale = LayerStatsScale.of(List.of(a), List.of(200L), 1e-3);
        assertEquals(0, scale.gradientLow());
        assertEquals(1, scale.gradientHigh());
        assertEquals(-5, scale.ratioLow());
        assertEquals(-3, scale.ratioHigh());
    }

    @Test
    void withoutRecordsTheAxesHaveDefaultsAndOneDecadeAtLeast() {
        LayerStatsScale empty = LayerStatsScale.of(List.of(List.of(), List.of()), List.of(), 1e-3);
        assertEquals(1, empty.iterations());
        assertEquals(0, empty.histogramMin());
        assertEquals(1, empty.histogramMax());
        assertEquals(-3, empty.gradientLow());
        assertEquals(1, empty.gradientHigh());
        // Only the guide: the decade from it upwards.
        assertEquals(-3, empty.ratioLow());
        assertEquals(-2, empty.ratioHigh());
    }
}
