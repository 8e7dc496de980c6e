package org.gradientlab.core.experiment;

import java.util.List;
import java.util.Objects;

import org.gradientlab.core.data.Mnist;

/**
 * Overfitting a small training set, with and without weight decay (book:
 * ch06/overfit_weight_decay.py): one series per λ, named "wd=0.1", train and test accuracy per
 * epoch, same initial weights and mini-batches for all.
 *
 * @param setup        network, optimizer, batch size, training-set size, seed (its λ is replaced)
 * @param weightDecays λ of each series, finite and ≥ 0, 1 to 12, no repeat
 * @param epochs       in [1, 10 000]
 */
public record WeightDecayComparison(TrainingSetup setup, List<Double> weightDecays, int epochs)
        implements ExperimentConfig {

    public WeightDecayComparison {
        Objects.requireNonNull(setup, "setup");
        weightDecays = Limits.distinct("weight decays", weightDecays, OptimizerComparison.MAX_SERIES);
        weightDecays.forEach(setup::withWeightDecay);
        Limits.requireIn("epochs", epochs, 1, BatchNormComparison.MAX_EPOCHS);
    }

    /** 784-(100×6)-10, ReLU, He, SGD .01, batch 100, the first 300 images, 201 epochs, λ 0.1 vs 0. */
    public static WeightDecayComparison book() {
        return new WeightDecayComparison(TrainingSetup.book(6, 100, 300), List.of(0.1, 0.0), 201);
    }

    @Override
    public ExperimentKind kind() {
        return ExperimentKind.WEIGHT_DECAY;
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
    public WeightDecayComparison withLength(int value) {
        return new WeightDecayComparison(setup, weightDecays, value);
    }

    @Override
    public WeightDecayComparison withSetup(TrainingSetup value) {
        return new WeightDecayComparison(value, weightDecays, epochs);
    }

    public WeightDecayComparison withWeightDecays(List<Double> value) {
        return new WeightDecayComparison(setup, value, epochs);
    }

    @Override
    public List<String> seriesNames() {
        return weightDecays.stream().map(lambda -> "wd=" + Plans.number(lambda)).toList();
    }

    @Override
    public List<SeriesPlan> plan(Mnist data) {
        return Plans.epochSweep(data, setup, seriesNames(), weightDecays, TrainingSetup::withWeightDecay, epochs);
    }
}
