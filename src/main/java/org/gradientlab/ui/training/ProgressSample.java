package org.gradientlab.ui.training;

import java.util.Objects;

/**
 * One record of a running series as the lab draws it: the fields of the core's progress record
 * (org.gradientlab.core.experiment.Progress), NaN where a value was not measured.
 *
 * @param seriesIndex position of the series in the run's series names
 * @param epoch       the epoch this record closes, or -1 when it closes none
 * @param diverged    true on the last record of a series whose loss became NaN or infinite
 */
public record ProgressSample(int seriesIndex, int iteration, int epoch, double loss, double trainAccuracy,
                             double testAccuracy, double validationAccuracy, boolean diverged) {
    public ProgressSample {
        Objects.checkIndex(seriesIndex, Integer.MAX_VALUE);
    }

    public boolean evaluated() {
        return !Double.isNaN(trainAccuracy) || !Double.isNaN(testAccuracy) || !Double.isNaN(validationAccuracy);
    }
}
