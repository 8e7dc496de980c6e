package org.gradientlab.core.experiment.training;

import java.util.Objects;

/**
 * What one series reports after one training iteration. Immutable, so a worker thread can hand
 * it to the UI thread as is.
 *
 * @param series             the series' name, e.g. "adam", "he", "bn w=0.1"
 * @param seriesIndex        its position in {@link ExperimentConfig#seriesNames()}
 * @param iteration          updates done so far, 1 for the record after the first mini-batch
 * @param epoch              the epoch this record closes (0 after the first update, as the book's
 *                           trainer evaluates at {@code i % iter_per_epoch == 0}), or -1 for an
 *                           iteration without an epoch evaluation
 * @param loss               mini-batch loss of this iteration's forward pass (training mode,
 *                           before the update); NaN or infinite on the diverged record
 * @param trainAccuracy      accuracy on the training set, NaN when not measured at this record
 * @param testAccuracy       accuracy on the test set, NaN when not measured
 * @param validationAccuracy accuracy on the held-out validation set, NaN when not measured
 * @param seconds            wall-clock seconds since the run started
 * @param diverged           true on the last record of a series whose loss became NaN or infinite
 */
public record Progress(String series, int seriesIndex, int iteration, int epoch, double loss,
                       double trainAccuracy, double testAccuracy, double validationAccuracy,
                       double seconds, boolean diverged) {

    public Progress {
        Objects.requireNonNull(series, "series");
        if (iteration < 1 || epoch < -1) {
            throw new IllegalArgumentException("iteration must be >= 1 and epoch >= -1, got " + iteration
                    + " and " + epoch);
        }
    }

    /** True when this record carries at least one accuracy. */
    public boolean evaluated() {
        return !Double.isNaN(trainAccuracy) || !Double.isNaN(testAccuracy) || !Double.isNaN(validationAccuracy);
    }
}
