package org.gradientlab.core.experiment.training;

import java.util.function.Consumer;

/**
 * Receives the records of a running experiment.
 *
 * <p>Called on the runner's worker threads, never on a UI thread, and for different series
 * concurrently: an implementation must be thread-safe and return quickly (a UI puts the record
 * on a concurrent queue and drains it once per frame). The records of one series arrive one at
 * a time and in iteration order. An exception thrown here stops the run and fails its result.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void onProgress(Progress progress);

    /**
     * Hears the sample predictions of a series, right after the evaluated {@link Progress} they
     * belong to; same threads and rules as {@link #onProgress}. Ignored unless overridden.
     */
    default void onPredictions(Predictions predictions) {
    }

    /**
     * Take per-layer statistics ({@link LayerStatsRecord}) at iteration 1 and every this many
     * iterations; 0 (the default) takes none and costs nothing. Asked at every iteration, so return a constant.
     */
    default int layerStatsEvery() {
        return 0;
    }

    /** Hears the per-layer statistics of a sampled iteration, right after its {@link Progress}. */
    default void onLayerStats(LayerStatsRecord stats) {
    }

    /** A listener handing records to {@code progress} and sample predictions to {@code predictions}. */
    static ProgressListener of(Consumer<Progress> progress, Consumer<Predictions> predictions) {
        return new ProgressListener() {
            @Override
            public void onProgress(Progress value) {
                progress.accept(value);
            }

            @Override
            public void onPredictions(Predictions value) {
                predictions.accept(value);
            }
        };
    }

    /**
     * As {@link #of(Consumer, Consumer)}, also taking per-layer statistics every {@code every}
     * iterations and handing them to {@code layerStats}.
     */
    static ProgressListener of(Consumer<Progress> progress, Consumer<Predictions> predictions,
                               Consumer<LayerStatsRecord> layerStats, int every) {
        return new ProgressListener() {
            @Override
            public void onProgress(Progress value) {
                progress.accept(value);
            }

            @Override
            public void onPredictions(Predictions value) {
                predictions.accept(value);
            }

            @Override
            public int layerStatsEvery() {
                return every;
            }

            @Override
            public void onLayerStats(LayerStatsRecord value) {
                layerStats.accept(value);
            }
        };
    }
}
