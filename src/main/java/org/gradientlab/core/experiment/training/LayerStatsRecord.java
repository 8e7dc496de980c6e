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

    /** True when statistics are taken at {@code iteration} for a sampling every {@code every} iterations. */
    public static boolean sampled(int iteration, int every) {
        return every > 0 && (iteration == 1 || iteration % every == 0);
    }
}
