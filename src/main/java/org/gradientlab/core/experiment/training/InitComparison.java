package org.gradientlab.core.experiment.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.nn.WeightInit;

/**
 * The same network and optimizer from different initial weights, every series taking the same
 * mini-batch at each iteration (book: ch06/weight_init_compare.py). Evaluated as
 * {@link OptimizerComparison}.
 *
 * @param setup         network, optimizer, batch size, training-set size, seed (its init is replaced)
 * @param inits         one series each, 1 to 12, no repeat
 * @param iterations    updates per series, in [1, 1 000 000]
 * @param evaluateEvery accuracies every that many iterations, in [0, 1 000 000]; 0 = at the end only
 */
public record InitComparison(TrainingSetup setup, List<WeightInit> inits, int iterations, int evaluateEvery)
        implements ExperimentConfig {

    public InitComparison {
        Objects.requireNonNull(setup, "setup");
        inits = Limits.distinct("inits", inits, OptimizerComparison.MAX_SERIES);
        Limits.requireIn("iterations", iterations, 1, OptimizerComparison.MAX_ITERATIONS);
        Limits.requireIn("evaluation interval", evaluateEvery, 0, OptimizerComparison.MAX_ITERATIONS);
    }

    /** 784-100-100-100-100-10, ReLU, SGD lr .01, batch 128, 2000 iterations; std .01, Xavier, He. */
    public static InitComparison book() {
        return new InitComparison(TrainingSetup.book(4, 128, TrainingSetup.MAX_TRAIN_SIZE),
                List.of(WeightInit.ofStd(0.01), WeightInit.XAVIER, WeightInit.HE), 2000, 0);
    }

    @Override
    public ExperimentKind kind() {
        return ExperimentKind.INIT;
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
    public InitComparison withLength(int value) {
        return new InitComparison(setup, inits, value, evaluateEvery);
    }

    @Override
    public InitComparison withSetup(TrainingSetup value) {
        return new InitComparison(value, inits, iterations, evaluateEvery);
    }

    public InitComparison withInits(List<WeightInit> value) {
        return new InitComparison(setup, value, iterations, evaluateEvery);
    }

    public InitComparison withEvaluateEvery(int value) {
        return new InitComparison(setup, inits, iterations, value);
    }

    /** "std=0.01", "xavier", "he". */
    @Override
    public List<String> seriesNames() {
        return inits.stream().map(WeightInit::label).toList();
    }

    @Override
    public List<SeriesPlan> plan(Mnist data) {
        Dataset train = Plans.trainingSet(data, setup.trainSize());
        long seed = setup.seed();
        Schedule schedule = Schedule.ofIterations(iterations, evaluateEvery);
        List<SeriesPlan> plans = new ArrayList<>();
        for (WeightInit init : inits) {
            plans.add(new SeriesPlan(init.label(),
                    setup.withWeightInit(init).network(Plans.derive(seed, Plans.NETWORK_STREAM)),
                    setup.optimizer(), train, data.test(), null, setup.batchSize(), schedule,
                    Plans.derive(seed, Plans.BATCH_STREAM)));
        }
        return plans;
    }
}
