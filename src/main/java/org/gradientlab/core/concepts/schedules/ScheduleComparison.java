package org.gradientlab.core.concepts.schedules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ExperimentResult;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.OptimizerComparison;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.experiment.training.SeriesPlan;
import org.gradientlab.core.experiment.training.TrainingSetup;
import org.gradientlab.core.optim.LearningRateSchedule;

/**
 * One network trained once per learning-rate schedule on MNIST, every series from the same
 * initial weights and on the same mini-batch at each iteration, so the curves differ by the
 * schedule alone. The series are those of an {@link OptimizerComparison} of the setup's
 * optimizer, each given a name and a schedule; loss every iteration, no accuracies.
 *
 * @param setup      network, optimizer kind (its lr is replaced by each schedule's), batch size,
 *                   training-set size, seed
 * @param runs       the series, 1 to {@value #MAX_RUNS}, names distinct
 * @param iterations updates per series, in [1, {@value #MAX_ITERATIONS}]
 */
public record ScheduleComparison(TrainingSetup setup, List<Run> runs, int iterations) {
    public static final int MAX_RUNS = 8;
    public static final int MAX_ITERATIONS = 100_000;

    /** A series: its name in records and files, and its schedule. */
    public record Run(String name, LearningRateSchedule schedule) {
        public Run {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(schedule, "schedule");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a run needs a name");
            }
        }
    }

    public ScheduleComparison {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(runs, "runs");
        runs = List.copyOf(runs);
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("runs must number 1 to " + MAX_RUNS + ", got " + runs.size());
        }
        if (new HashSet<>(runs.stream().map(Run::name).toList()).size() != runs.size()) {
            throw new IllegalArgumentException("run names must be distinct, got " + runs.stream().map(Run::name).toList());
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be in [1, " + MAX_ITERATIONS + "], got " + iterations);
        }
    }

    /**
     * The page's network: the book's 784-100-10 ReLU net (one hidden layer), He init, SGD, batch
     * 100, all 60000 images. One hidden layer keeps the four runs fast; deeper nets of the same
     * family show the same shapes but blow up at lower rates.
     */
    public static TrainingSetup lectureSetup() {
        return TrainingSetup.book(1, 100, TrainingSetup.MAX_TRAIN_SIZE);
    }

    /** The series' names, in the order of their progress records. */
    public List<String> seriesNames() {
        return runs.stream().map(Run::name).toList();
    }

    public ScheduleComparison withSetup(TrainingSetup value) {
        return new ScheduleComparison(value, runs, iterations);
    }

    public ScheduleComparison withIterations(int value) {
        return new ScheduleComparison(setup, runs, value);
    }

    /** α of every update of run {@code run}: {@code rates[t]} = rate(t), t = 0 … iterations−1. */
    public double[] rates(int run) {
        LearningRateSchedule schedule = runs.get(run).schedule();
        double[] rates = new double[iterations];
        for (int t = 0; t < iterations; t++) {
            rates[t] = schedule.rate(t);
        }
        return rates;
    }

    /** The comparison the series are planned from: the setup's optimizer, one series. */
    public OptimizerComparison base() {
        return new OptimizerComparison(setup, List.of(setup.optimizer()), iterations, 0);
    }

    /** The series on {@code data}: the base series once per run, named and scheduled. */
    public List<SeriesPlan> plan(Mnist data) {
        SeriesPlan base = base().plan(data).get(0);
        List<SeriesPlan> plans = new ArrayList<>();
        for (Run run : runs) {
            LearningRateSchedule schedule = run.schedule();
            // No accuracies: the page compares losses, and measuring them would cost a pass over 70000 images.
            plans.add(new SeriesPlan(run.name(), base.network(),
                    base.optimizer().withLearningRate(schedule.initialRate()), base.train(), null, null,
                    base.batchSize(), base.schedule().withoutEvaluation(), base.batchSeed(), schedule));
        }
        return plans;
    }

    /** Starts every series on {@code runner} and returns at once (see {@link ExperimentRunner#start}). */
    public CompletableFuture<ExperimentResult> start(ExperimentRunner runner, Mnist data, RunControl control,
                                                     ProgressListener listener) {
        return runner.start(base(), plan(data), control, listener);
    }
}
