package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.optim.ElementwiseOptimizer;
import org.gradientlab.core.optim.LearningRateSchedule;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A series with a learning-rate schedule: the trainer sets rate(t) before update t. */
class ScheduledSeriesTest {
    private static final Mnist DATA = Mnist.bundled();
    private static final ExperimentRunner RUNNER = new ExperimentRunner(1);
    private static final int ITERATIONS = 6;

    @AfterAll
    static void stopThreads() {
        RUNNER.close();
    }

    private static SeriesPlan plan(double lr) {
        TrainingSetup setup = TrainingSetup.book(1, 10, 500).withHiddenSizes(List.of(20))
                .withOptimizer(OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(lr));
        return new OptimizerComparison(setup, List.of(setup.optimizer()), ITERATIONS, 0).plan(DATA).get(0);
    }

    private static List<Double> losses(SeriesPlan plan) throws InterruptedException {
        ProgressLog log = new ProgressLog();
        ExperimentRunner.await(RUNNER.start(OptimizerComparison.book(), List.of(plan), new RunControl(), log),
                new RunControl());
        return log.series(0).stream().map(Progress::loss).toList();
    }

    /** The trainer's loop written out by hand, with the rate of each update given. */
    private static List<Double> replay(SeriesPlan plan, double... rates) {
        MultiLayerNet net = new MultiLayerNet(plan.network());
        ElementwiseOptimizer sgd = plan.optimizer().create();
        Dataset train = plan.train();
        Matrix x = new Matrix(plan.batchSize(), train.features());
        int[] t = new int[plan.batchSize()];
        List<Double> losses = new ArrayList<>();
        for (int iteration = 1; iteration <= rates.length; iteration++) {
            SplittableRandom random = new SplittableRandom(Plans.derive(plan.batchSeed(), iteration));
            for (int row = 0; row < t.length; row++) {
                int example = random.nextInt(train.count());
                System.arraycopy(train.images(), example * train.features(), x.data, row * train.features(),
                        train.features());
                t[row] = train.labels()[example];
            }
            losses.add(net.gradient(x, t));
            sgd.setLearningRate(rates[iteration - 1]);
            sgd.update(net.parameters());
        }
        return losses;
    }

    @Test
    void trainerSetsTheScheduledRateBeforeEachUpdate() throws InterruptedException {
        // Step decay 0.5·0.2^⌊t/2⌋, t = 0…5: 0.5, 0.5, 0.1, 0.1, 0.02, 0.02.
        SeriesPlan plan = plan(0.01).withLearningRates(new LearningRateSchedule.StepDecay(0.5, 2, 0.2));
        List<Double> scheduled = losses(plan);

        assertEquals(replay(plan, 0.5, 0.5, 0.1, 0.1, 0.02, 0.02), scheduled);
        // The optimizer's own lr (0.01) gives other numbers after the first update.
        assertNotEquals(replay(plan, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01).get(1), scheduled.get(1));
    }

    @Test
    void noScheduleKeepsTheOptimizersRate() throws InterruptedException {
        SeriesPlan plain = plan(0.3);
        assertEquals(replay(plain, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3), losses(plain));
        assertEquals(losses(plain), losses(plan(0.01).withLearningRates(new LearningRateSchedule.Constant(0.3))));
    }
}
