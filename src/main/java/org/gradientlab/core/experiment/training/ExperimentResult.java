package org.gradientlab.core.experiment.training;

import java.util.List;

/**
 * The end of a run.
 *
 * @param config    what ran
 * @param series    one result per series, in the order of {@link ExperimentConfig#seriesNames()}
 * @param seconds   wall-clock time of the run
 * @param cancelled whether the run was cancelled before every series ended
 */
public record ExperimentResult(ExperimentConfig config, List<SeriesResult> series, double seconds,
                               boolean cancelled) {
    public ExperimentResult {
        series = List.copyOf(series);
    }
}
