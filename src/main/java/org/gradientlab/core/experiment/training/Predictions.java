package org.gradientlab.core.experiment.training;

import java.util.Objects;

import org.gradientlab.core.data.Dataset;

/**
 * The labels one series' network predicts, in inference mode, for a few fixed held-out images,
 * published with each accuracy evaluation so a UI can show digits labelled right or wrong.
 * Immutable: the sample is shared and never written, the labels are copied.
 *
 * @param series      the series' name, as in its {@link Progress} records
 * @param seriesIndex its position in {@link ExperimentConfig#seriesNames()}
 * @param iteration   the iteration whose evaluation these predictions belong to
 * @param epoch       that record's epoch, or -1 for an iteration-based schedule
 * @param sample      the images predicted: the first {@value #SAMPLE_SIZE} (or fewer) of the test
 *                    set, or of the validation set when the series has no test set
 * @param labels      the predicted class of each sample image (argmax of the scores)
 */
public record Predictions(String series, int seriesIndex, int iteration, int epoch, Dataset sample, int[] labels) {
    public static final int SAMPLE_SIZE = 20;

    public Predictions {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(sample, "sample");
        if (labels.length != sample.count()) {
            throw new IllegalArgumentException(labels.length + " labels for " + sample.count() + " sample images");
        }
        labels = labels.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** How many sample images are predicted right. */
    public int right() {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += labels[i] == sample.label(i) ? 1 : 0;
        }
        return right;
    }
}
