package org.gradientlab.core.experiment.training;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.gradientlab.core.data.Mnist;

/**
 * Overfitting a small training set, with and without a regulariser: weight decay (book:
 * ch06/overfit_weight_decay.py, series "wd=0.1") or dropout (ch06/overfit_dropout.py, series
 * "dropout=0.2"). One series per strength, train and test accuracy per epoch, the same initial
 * weights and mini-batches for all.
 *
 * @param regularizer which one is compared
 * @param setup       network, optimizer, batch size, training-set size, seed (its λ or dropout
 *                    ratio is replaced by each series' strength)
 * @param strengths   λ (finite, ≥ 0) or dropout ratio (in [0, 1)) of each series, 1 to 12, no repeat
 * @param epochs      in [1, 10 000]
 */
public record RegularizationComparison(Regularizer regularizer, TrainingSetup setup, List<Double> strengths,
                                       int epochs) implements ExperimentConfig {

    /** The two regularisers of the book's overfitting scripts, with their settings there. */
    public enum Regularizer {
        WEIGHT_DECAY(ExperimentKind.WEIGHT_DECAY, "wd=", "weight decays", TrainingSetup::withWeightDecay, 0.1, 201),
        DROPOUT(ExperimentKind.DROPOUT, "dropout=", "dropout ratios", TrainingSetup::withDropoutRatio, 0.2, 301);

        private final ExperimentKind kind;
        private final String seriesPrefix;
        private final String plural;
        private final BiFunction<TrainingSetup, Double, TrainingSetup> apply;
        private final double bookStrength;
        private final int bookEpochs;

        Regularizer(ExperimentKind kind, String seriesPrefix, String plural,
                    BiFunction<TrainingSetup, Double, TrainingSetup> apply, double bookStrength, int bookEpochs) {
            this.kind = kind;
            this.seriesPrefix = seriesPrefix;
            this.plural = plural;
            this.apply = apply;
            this.bookStrength = bookStrength;
            this.bookEpochs = bookEpochs;
        }

        /** {@code setup} with this regulariser at {@code strength}; validates it as the setup does. */
        public TrainingSetup apply(TrainingSetup setup, double strength) {
            return apply.apply(setup, strength);
        }
    }

    public RegularizationComparison {
        Objects.requireNonNull(regularizer, "regularizer");
        Objects.requireNonNull(setup, "setup");
        strengths = Limits.distinct(regularizer.plural, strengths, OptimizerComparison.MAX_SERIES);
        // Each strength is checked as what it is (a ratio as a ratio) when the config is made.
        strengths.forEach(s -> regularizer.apply(setup, s));
        Limits.requireIn("epochs", epochs, 1, BatchNormComparison.MAX_EPOCHS);
    }

    /**
     * 784-(100×6)-10, ReLU, He, SGD .01, batch 100, the first 300 images; λ 0.1 vs 0 for 201
     * epochs, or dropout 0.2 vs none for 301 epochs.
     */
    public static RegularizationComparison book(Regularizer regularizer) {
        return new RegularizationComparison(regularizer, TrainingSetup.book(6, 100, 300),
                List.of(regularizer.bookStrength, 0.0), regularizer.bookEpochs);
    }

    @Override
    public ExperimentKind kind() {
        return regularizer.kind;
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
    public RegularizationComparison withLength(int value) {
        return new RegularizationComparison(regularizer, setup, strengths, value);
    }

    @Override
    public RegularizationComparison withSetup(TrainingSetup value) {
        return new RegularizationComparison(regularizer, value, strengths, epochs);
    }

    public RegularizationComparison withStrengths(List<Double> value) {
        return new RegularizationComparison(regularizer, setup, value, epochs);
    }

    @Override
    public List<String> seriesNames() {
        return strengths.stream().map(s -> regularizer.seriesPrefix + Plans.number(s)).toList();
    }

    @Override
    public List<SeriesPlan> plan(Mnist data) {
        return Plans.epochSweep(data, setup, seriesNames(), strengths, regularizer::apply, epochs);
    }
}
