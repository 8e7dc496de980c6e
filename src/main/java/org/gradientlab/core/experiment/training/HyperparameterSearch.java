package org.gradientlab.core.experiment.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;

/**
 * Random search for the learning rate and λ (book: ch06/hyperparameter_optimization.py): the
 * training images are shuffled and the first {@code int(n × validationFraction)} held out for
 * validation; each trial draws λ = 10^U(λ range) and then lr = 10^U(lr range), trains for
 * {@code epochs} epochs and records train and validation accuracy per epoch. Trials share the
 * initial weights and the mini-batches, so they differ only in lr and λ.
 *
 * @param setup              network, optimizer kind, batch size, training-set size, seed
 *                           (its lr and λ are replaced)
 * @param trials             in [1, 1000]
 * @param epochs             in [1, 10 000]
 * @param validationFraction share held out, in (0, 1), leaving at least one image on each side
 * @param learningRateLog10  [min, max] exponent of lr, within [-12, 1]
 * @param weightDecayLog10   [min, max] exponent of λ, within [-12, 1]
 */
public record HyperparameterSearch(TrainingSetup setup, int trials, int epochs, double validationFraction,
                                   Range learningRateLog10, Range weightDecayLog10) implements ExperimentConfig {

    public static final int MAX_TRIALS = 1000;
    /** The book prints the 20 best trials. */
    public static final int BOOK_BEST = 20;

    /** min ≤ max, both within [-12, 1]. */
    public record Range(double min, double max) {
        public Range {
            if (!(min >= -12 && max <= 1 && min <= max)) {
                throw new IllegalArgumentException("an exponent range must satisfy -12 <= min <= max <= 1, got ["
                        + min + ", " + max + "]");
            }
        }

        double draw(SplittableRandom random) {
            return Math.pow(10, min == max ? min : random.nextDouble(min, max));
        }
    }

    /** One trial's draw; {@code number} counts from 1. */
    public record Trial(int number, double learningRate, double weightDecay) {
        public String name() {
            return "trial " + number + " lr=" + Plans.number(learningRate) + " wd=" + Plans.number(weightDecay);
        }
    }

    public HyperparameterSearch {
        Objects.requireNonNull(setup, "setup");
        Limits.requireIn("trials", trials, 1, MAX_TRIALS);
        Limits.requireIn("epochs", epochs, 1, BatchNormComparison.MAX_EPOCHS);
        Objects.requireNonNull(learningRateLog10, "learningRateLog10");
        Objects.requireNonNull(weightDecayLog10, "weightDecayLog10");
        int held = (int) (setup.trainSize() * validationFraction);
        if (!(validationFraction > 0 && validationFraction < 1) || held < 1 || held >= setup.trainSize()) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1) and leave at least one of the "
                    + setup.trainSize() + " images on each side, got " + validationFraction);
        }
    }

    /** The training images less the {@code int(n × validationFraction)} held out (as {@link Dataset#split}). */
    @Override
    public int trainImages() {
        return setup.trainSize() - (int) (setup.trainSize() * validationFraction);
    }

    /** 784-(100×6)-10, SGD, batch 100, the first 500 images (20 % validation), 100 trials of 50 epochs. */
    public static HyperparameterSearch book() {
        return new HyperparameterSearch(TrainingSetup.book(6, 100, 500), 100, 50, 0.2, new Range(-6, -2),
                new Range(-8, -4));
    }

    @Override
    public ExperimentKind kind() {
        return ExperimentKind.HYPERPARAMETERS;
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
    public HyperparameterSearch withLength(int value) {
        return new HyperparameterSearch(setup, trials, value, validationFraction, learningRateLog10, weightDecayLog10);
    }

    @Override
    public HyperparameterSearch withSetup(TrainingSetup value) {
        return new HyperparameterSearch(value, trials, epochs, validationFraction, learningRateLog10, weightDecayLog10);
    }

    public HyperparameterSearch withTrials(int value) {
        return new HyperparameterSearch(setup, value, epochs, validationFraction, learningRateLog10, weightDecayLog10);
    }

    /** The draws, in trial order: the same seed gives the same trials. */
    public List<Trial> trialDraws() {
        SplittableRandom random = new SplittableRandom(Plans.derive(setup.seed(), Plans.SAMPLE_STREAM));
        List<Trial> draws = new ArrayList<>();
        for (int i = 1; i <= trials; i++) {
            // The book draws weight_decay first, then lr.
            double weightDecay = weightDecayLog10.draw(random);
            double learningRate = learningRateLog10.draw(random);
            draws.add(new Trial(i, learningRate, weightDecay));
        }
        return draws;
    }

    /** "trial 1 lr=0.001234 wd=5.678e-07", … */
    @Override
    public List<String> seriesNames() {
        return trialDraws().stream().map(Trial::name).toList();
    }

    @Override
    public List<SeriesPlan> plan(Mnist data) {
        Dataset.Split split = Plans.trainingSet(data, setup.trainSize())
                .split(validationFraction, new SplittableRandom(Plans.derive(setup.seed(), Plans.SPLIT_STREAM)));
        List<SeriesPlan> plans = new ArrayList<>();
        for (Trial trial : trialDraws()) {
            TrainingSetup drawn = setup.withWeightDecay(trial.weightDecay())
                    .withOptimizer(setup.optimizer().withLearningRate(trial.learningRate()));
            plans.add(Plans.epochSeries(trial.name(), drawn, split.train(), null, split.validation(), epochs));
        }
        return plans;
    }

    /** The {@code count} trials of highest final validation accuracy, best first. */
    public static List<SeriesResult> best(ExperimentResult result, int count) {
        return result.series().stream()
                .sorted(Comparator.comparingDouble(SeriesResult::rankingValidationAccuracy).reversed())
                .limit(count)
                .toList();
    }
}
