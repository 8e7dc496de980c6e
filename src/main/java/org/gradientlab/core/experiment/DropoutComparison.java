package org.gradientlab.core.experiment;

import java.util.List;
import java.util.Objects;

import org.gradientlab.core.data.Mnist;

/**
 * Overfitting a small training set, with and without dropout (book: ch06/overfit_dropout.py):
 * one series per dropout ratio, named "dropout=0.2", train and test accuracy per epoch, same
 * initial weights and mini-batches for all.
 *
 * @param setup         network, optimizer, batch size, training-set size, seed (its dropout is replaced)
 * @param dropoutRatios the share of hidden units dropped in each series, in [0, 1), 1 to 12, no repeat
 * @param epochs        in [1, 10 000]
 */
public record DropoutComparison(TrainingSetup setup, List<Double> dropoutRatios, int epochs)
        implements ExperimentConfig {

    public DropoutComparison {
        Objects.requireNonNull(setup, "setup");
        dropoutRatios = Limits.distinct("dropout ratios", dropoutRatios, OptimizerComparison.MAX_SERIES);
        dropoutRatios.forEach(setup::withDropoutRatio);
        Limits.requireIn("epochs", epochs, 1, BatchNormComparison.MAX_EPOCHS);
    }

    /** 784-(100×6)-10, ReLU, He, SGD .01, batch 100, the first 300 images, 301 epochs, ratio 0.2 vs 0. */
    public static DropoutComparison book() {
        return new DropoutComparison(TrainingSetup.book(6, 100, 300), List.of(0.2, 0.0), 301);
    }

    @Override
    public ExperimentKind kind() {
        return ExperimentKind.DROPOUT;
    }

    @Override
    public boolean byEpoch() {
        return true;
    }

    @Override
    public int length() {
        return epochs;
    }

    @Override
    public DropoutComparison withLength(int value) {
        return new DropoutComparison(setup, dropoutRatios, value);
    }

    @Override
    public DropoutComparison withSetup(TrainingSetup value) {
        return new DropoutComparison(value, dropoutRatios, epochs);
    }

    public DropoutComparison withDropoutRatios(List<Double> value) {
        return new DropoutComparison(setup, value, epochs);
    }

    @Override
    public List<String> seriesNames() {
        return dropoutRatios.stream().map(lambda -> "dropout=" + Plans.number(lambda)).toList();
    }

    @Override
    public List<SeriesPlan> plan(Mnist data) {
        return Plans.epochSweep(data, setup, seriesNames(), dropoutRatios, TrainingSetup::withDropoutRatio, epochs);
    }
}
