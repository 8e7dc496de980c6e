package org.gradientlab.core.experiment.training;

import java.util.List;
import java.util.Objects;

import org.gradientlab.core.nn.LayerStats;

/**
 * The per-layer statistics of one series at one sampled iteration (see
 * {@link ProgressListener#layerStatsEvery()}), measured on the mini-batch that iteration trained
 * on. Immutable, so a worker thread can hand it to the UI thread as is.
 *
 * @param series      the series' name
 * @param seriesIndex its position in the experiment's series
 * @param iteration   updates done, counting the one these statistics describe
 * @param layers      W1's layer first, the output layer last
 */
public record LayerStatsRecord(String series, int seriesIndex, int iteration, List<LayerStats> layers) {

    public LayerStatsRecord {
        Objects.requireNonNull(series, "series");
        layers = List.copyOf(layers);
        if (iteration < 1) {
            throw new IllegalArgumentException("iteration must be >= 1, got " + iteration);
        }
    }

    /** Most sampled iterations a live view wants per series; more would cost time and add nothing visible. */
    public static final int LIVE_SAMPLES = 300;
    /** Fewest iterations between samples of a live view: keeps the cost near 2 % of training (docs/BENCHMARKS.md). */
    public static final int LIVE_MIN_EVERY = 20;

    /** The sampling interval of a live view of a series of {@code iterations}: every 20, or coarser for long runs. */
    public static int liveEvery(long iterations) {
        return (int) Math.max(LIVE_MIN_EVERY, (iterations + LIVE_SAMPLES - 1) / LIVE_SAMPLES);
    }

    /** True when statistics are taken at {@code iteration} for a sampling every {@code every} iterations. */
    public static boolean sampled(int iteration, int every) {
        return every > 0 && (iteration == 1 || iteration % every == 0);
    }
}
