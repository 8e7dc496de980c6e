package org.gradientlab.core.experiment.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A listener that keeps every {@link Progress} (as a {@link ProgressLog}) and every
 * {@link LayerStatsRecord}, asking for statistics every {@code every} iterations. Thread-safe.
 */
public final class LayerStatsLog implements ProgressListener {
    private final ProgressLog progress = new ProgressLog();
    private final List<LayerStatsRecord> stats = new ArrayList<>();
    private final int every;

    public LayerStatsLog(int every) {
        if (every < 1) {
            throw new IllegalArgumentException("statistics must be taken every >= 1 iterations, got " + every);
        }
        this.every = every;
    }

    @Override
    public int layerStatsEvery() {
        return every;
    }

    @Override
    public void onProgress(Progress record) {
        progress.onProgress(record);
    }

    @Override
    public synchronized void onLayerStats(LayerStatsRecord record) {
        stats.add(record);
    }

    /** The training records, as {@link ProgressLog#series}. */
    public ProgressLog progress() {
        return progress;
    }

    /** Every statistics record so far, series by series, iterations ascending. */
    public synchronized List<LayerStatsRecord> records() {
        return stats.stream().sorted(Comparator.comparingInt(LayerStatsRecord::seriesIndex)
                .thenComparingInt(LayerStatsRecord::iteration)).toList();
    }
}
