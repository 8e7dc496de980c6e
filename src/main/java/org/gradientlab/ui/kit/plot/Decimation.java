package org.gradientlab.ui.kit.plot;

import org.gradientlab.ui.widgets.SeriesBuffer;

/**
 * Min/max decimation for drawing: the x range is cut into buckets (one per pixel column) and
 * each bucket keeps its lowest and highest point, in x order, so spikes survive while the chart
 * gets at most two points per bucket. Non-finite y values are skipped (a diverged tail).
 */
public final class Decimation {
    private Decimation() {}

    /** Receives the kept points in x order. */
    @FunctionalInterface
    public interface PointSink {
        void accept(double x, double y);
    }

    /**
     * Hands {@code sink} the points of {@code xs/ys[0, size)} to draw with {@code buckets}
     * buckets over [{@code xMin}, {@code xMax}]; all points when there are no more than 2·buckets.
     */
    public static void decimate(SeriesBuffer data, double xMin, double xMax, int buckets, PointSink sink) {
        int size = data.size();
        if (size <= 2L * buckets || !(xMax > xMin)) {
            for (int i = 0; i < size; i++) {
                if (Double.isFinite(data.y(i))) {
                    sink.accept(data.x(i), data.y(i));
                }
            }
            return;
        }
        double width = (xMax - xMin) / buckets;
        int i = 0;
        while (i < size) {
            long bucket = bucketOf(data.x(i), xMin, width, buckets);
            int min = -1;
            int max = -1;
            for (; i < size && bucketOf(data.x(i), xMin, width, buckets) == bucket; i++) {
                double y = data.y(i);
                if (!Double.isFinite(y)) {
                    continue;
                }
                if (min < 0 || y < data.y(min)) {
                    min = i;
                }
                if (max < 0 || y > data.y(max)) {
                    max = i;
                }
            }
            if (min < 0) {
                continue;
            }
            int first = Math.min(min, max);
            int second = Math.max(min, max);
            sink.accept(data.x(first), data.y(first));
            if (second != first) {
                sink.accept(data.x(second), data.y(second));
            }
        }
    }

    private static long bucketOf(double x, double xMin, double width, int buckets) {
        return Math.max(0, Math.min(buckets - 1, (long) Math.floor((x - xMin) / width)));
    }
}
