package org.gradientlab.core.experiment.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * The same network trained by several optimizers, every one taking the same mini-batch at each
 * iteration (book: ch06/optimizer_compare_mnist.py). Loss every iteration; train and test
 * accuracy after the last iteration and, with {@code evaluateEvery} &gt; 0, every that many.
 * All series start from the same initial weights.
 *
 * @param setup         network, batch size, training-set size, seed (its optimizer is replaced)
 * @param optimizers    one series each, 1 to 12, no repeat
 * @param iterations    updates per series, in [1, 1 000 000]
 * @param evaluateEvery accuracies every that many iterations, in [0, 1 000 000]; 0 = at the end only
 */
public record OptimizerComparison(TrainingSetup setup, List<OptimizerSettings> optimizers, int iterations,
                                  int evaluateEvery) implements ExperimentConfig {

    public static final int MAX_ITERATIONS = 1_000_000;
    static final int MAX_SERIES = 12;

    public OptimizerComparison {
        Objects.requireNonNull(setup, "setup");
        optimizers = Limits.distinct("optimizers", optimizers, MAX_SERIES);
        Limits.requireIn("iterations", iterations, 1, MAX_ITERATIONS);
        Limits.requireIn("evaluation interval", evaluateEvery, 0, MAX_ITERATIONS);
    }

    /** 784-100-100-100-100-10, ReLU, He, batch 128, 2000 iterations; SGD, Momentum, AdaGrad .01, Adam .001. */
    public static OptimizerComparison book() {
        List<OptimizerSettings> optimizers = List.of(OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.ADAGRAD,
                OptimizerKind.ADAM).stream().map(OptimizerSettings::defaults).toList();
        return new OptimizerComparison(TrainingSetup.book(4, 128, TrainingSetup.MAX_TRAIN_SIZE), optimizers, 2000, 0);
    }

    @Override
    public ExperimentKind kind() {
        return ExperimentKind.OPTIMIZERS;
    }

    @Override
    public boolean byEpoch() {
        return false;
    }

    @Override
    public int length() {
        return iterations;
    }

    @Override
    public OptimizerComparison withLength(int value) {
        return new OptimizerComparison(setup, optimizers, value, evaluateEvery);
    }

    @Override
    public OptimizerComparison withSetup(TrainingSetup value) {
        return new OptimizerComparison(value, optimizers, iterations, evaluateEvery);
    }

    public OptimizerComparison withOptimizers(List<OptimizerSettings> value) {
        return new OptimizerComparison(setup, value, iterations, evaluateEvery);
    }

    public OptimizerComparison withEvaluateEvery(int value) {
        return new OptimizerComparison(setup, optimizers, iterations, value);
    }

    /** The optimizer ids ("sgd", "adam"); "adam lr=0.01" where one kind appears twice. */
    @Override
    public List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        for (OptimizerSettings optimizer : optimizers) {
            long sameKind = optimizers.stream().filter(o -> o.kind() == optimizer.kind()).count();
            names.add(optimizer.kind().id() + (sameKind > 1 ? " lr=" + Plans.number(optimizer.learningRate()) : ""));
        }
        return names;
    }

    @Override
    public List<SeriesPlan> plan(Mnist data) {
        Dataset train = Plans.trainingSet(data, setup.trainSize());
        long seed = setup.seed();
        Schedule schedule = Schedule.ofIterations(iterations, evaluateEvery);
        List<String> names = seriesNames();
        List<SeriesPlan> plans = new ArrayList<>();
        for (int i = 0; i < optimizers.size(); i++) {
            plans.add(new SeriesPlan(names.get(i), setup.network(Plans.derive(seed, Plans.NETWORK_STREAM)),
                    optimizers.get(i), train, data.test(), null, setup.batchSize(), schedule,
                    Plans.derive(seed, Plans.BATCH_STREAM)));
        }
        return plans;
    }
}
