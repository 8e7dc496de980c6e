package org.gradientlab.core.experiment.training;

import java.util.List;

import org.gradientlab.core.data.BatchSampler;
import org.gradientlab.core.data.Mnist;

/**
 * One of the six training experiments of DESIGN.md, with its settings; {@link ExperimentKind#book()}
 * gives each with the defaults of the book's script. The same records serve the command line,
 * the UI and the tests; {@link ExperimentRunner} runs them.
 */
public sealed interface ExperimentConfig permits OptimizerComparison, InitComparison, BatchNormComparison,
        RegularizationComparison, HyperparameterSearch {

    ExperimentKind kind();

    /** What all series share; the compared values replace the matching field in each series. */
    TrainingSetup setup();

    ExperimentConfig withSetup(TrainingSetup value);

    /** True when the length counts epochs (batch norm, weight decay, dropout, hyperparameters). */
    boolean byEpoch();

    /** Iterations (optimizer and init comparisons) or epochs (the others). */
    int length();

    /** The same experiment with {@link #length()} = {@code value}. */
    ExperimentConfig withLength(int value);

    /**
     * Updates each series makes when it runs to its end, as its {@link Schedule} counts them:
     * the length for iteration-based experiments, (epochs − 1)·⌈n / batch⌉ + 1 for epoch-based
     * ones (the book's loops evaluate after the first update and then once per epoch).
     */
    default int iterationsPerSeries() {
        if (!byEpoch()) {
            return length();
        }
        return Schedule.ofEpochs(length(), BatchSampler.iterationsPerEpoch(trainImages(), setup().batchSize()))
                .iterations();
    }

    /** Images each series trains on: the setup's training-set size, less any held-out validation. */
    default int trainImages() {
        return setup().trainSize();
    }

    /** The series' names, in the order of {@link Progress#seriesIndex()} and of the results. */
    List<String> seriesNames();

    /**
     * The series on {@code data}: their networks, optimizers, data subsets and schedules.
     *
     * @throws IllegalArgumentException if the data has fewer training images than the setup uses
     */
    List<SeriesPlan> plan(Mnist data);
}
