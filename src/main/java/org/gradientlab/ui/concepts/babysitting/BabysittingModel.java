package org.gradientlab.ui.concepts.babysitting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.gradientlab.core.concepts.babysitting.BabysitRunner;
import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.concepts.babysitting.StepResult;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.kit.job.JobContext;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The page's state, on the FX thread: each step's last result and live curve, and whether a run
 * is going. Steps run one after another in one {@link LabJob}; their results and the growing
 * curve reach the FX thread once per frame.
 */
final class BabysittingModel implements SetupModel<BabysittingSetup> {
    /** What the page says under its buttons. */
    enum Phase { IDLE, LOADING, RUNNING, DONE, CANCELLED, ERROR }

    /** One step: its last result (null until run) and the curve of the update in progress. */
    static final class StepState {
        final BabysitStep step;
        final int index;
        private final ReadOnlyObjectWrapper<StepResult> result = new ReadOnlyObjectWrapper<>();
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
        private final ReadOnlyObjectWrapper<double[]> liveLosses = new ReadOnlyObjectWrapper<>(new double[0]);

        StepState(BabysitStep step, int index) {
            this.step = step;
            this.index = index;
        }

        ReadOnlyObjectProperty<StepResult> resultProperty() {
            return result.getReadOnlyProperty();
        }

        ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        /** The losses so far while the step trains; replaced by the result's curve when it ends. */
        ReadOnlyObjectProperty<double[]> liveLossesProperty() {
            return liveLosses.getReadOnlyProperty();
        }
    }

    /** A loss heard on a worker thread, tagged with its step so a late record never lands on the next. */
    private record LivePoint(int step, double loss) {}

    private final List<StepState> states = new ArrayList<>();
    private final Supplier<Mnist> data;
    private final LabJob<Void> job;
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>("");
    private BabysitRunner runner;
    // Bumped by clear(): results of a run from before the clear are dropped (FX thread only).
    private int generation;

    /**
     * @param data loads MNIST; called on the worker
     * @param jobs runs the steps and hands their results to the FX thread
     */
    BabysittingModel(List<BabysitStep> steps, long seed, Supplier<Mnist> data, JobRunner jobs) {
        for (int i = 0; i < steps.size(); i++) {
            states.add(new StepState(steps.get(i), i));
        }
        this.seed.set(seed);
        this.data = Objects.requireNonNull(data, "data");
        this.job = new LabJob<>("babysitting", jobs);
    }

    List<StepState> states() {
        return states;
    }

    /** The seed every check trains with. */
    ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The message of the last failure, for {@link Phase#ERROR}. */
    ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    long passed() {
        return states.stream().filter(s -> s.result.get() != null && s.result.get().passed()).count();
    }

    long finished() {
        return states.stream().filter(s -> s.result.get() != null
                && s.result.get().outcome() != StepResult.Outcome.CANCELLED).count();
    }

    /** The step that is running, or -1. */
    int runningIndex() {
        return states.stream().filter(s -> s.running.get()).mapToInt(s -> s.index).findFirst().orElse(-1);
    }

    /** Runs every step in order; ignored while a run is going. */
    void runAll() {
        run(states.stream().map(s -> s.index).toList());
    }

    /**
     * Runs the first step without a verdict (Space): not run yet, or cancelled before it could tell;
     * nothing when every step has one or a run is going.
     */
    void runNext() {
        states.stream().filter(s -> s.result.get() == null || s.result.get().outcome() == StepResult.Outcome.CANCELLED)
                .findFirst().ifPresent(s -> run(List.of(s.index)));
    }

    void runOne(int index) {
        run(List.of(index));
    }

    private void run(List<Integer> indices) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        phase.set(Phase.LOADING);
        for (int i : indices) {
            states.get(i).result.set(null);
            states.get(i).liveLosses.set(new double[0]);
        }
        int runGeneration = generation;
        long runSeed = seed.get();
        job.start(run -> work(indices, run, runGeneration, runSeed), LabJob.Ending.of(
                none -> finish(Phase.DONE, "", runGeneration),
                () -> finish(Phase.CANCELLED, "", runGeneration),
                // An Error too (out of memory while loading MNIST) ends the run instead of leaving the page busy.
                failure -> finish(Phase.ERROR, JobFailure.message(failure), runGeneration)));
    }

    private Void work(List<Integer> indices, JobContext run, int runGeneration, long runSeed)
            throws InterruptedException {
        Consumer<LivePoint> live = run.channel(this::append);
        BabysitRunner stepRunner = runner();
        for (int i : indices) {
            if (run.isCancelled()) {
                break;
            }
            run.post(() -> {
                phase.set(Phase.RUNNING);
                states.get(i).running.set(runGeneration == generation);
            });
            StepResult result = stepRunner.run(states.get(i).step, runSeed, run.control(),
                    progress -> live.accept(new LivePoint(i, progress.loss())));
            run.post(() -> {
                StepState state = states.get(i);
                state.running.set(false);
                if (runGeneration == generation) {
                    state.result.set(result);
                    state.liveLosses.set(result.losses());
                }
            });
        }
        return null;
    }

    private synchronized BabysitRunner runner() {
        if (runner == null) {
            runner = new BabysitRunner(data.get());
        }
        return runner;
    }

    private void finish(Phase end, String message, int runGeneration) {
        states.forEach(s -> s.running.set(false));
        error.set(message);
        phase.set(runGeneration == generation ? end : Phase.IDLE);
        busy.set(false);
    }

    private void append(List<LivePoint> points) {
        for (StepState state : states) {
            double[] fresh = points.stream().filter(p -> p.step() == state.index).mapToDouble(LivePoint::loss)
                    .toArray();
            if (fresh.length > 0 && state.running.get()) {
                double[] before = state.liveLosses.get();
                double[] after = Arrays.copyOf(before, before.length + fresh.length);
                System.arraycopy(fresh, 0, after, before.length, fresh.length);
                state.liveLosses.set(after);
            }
        }
    }

    /** Stops the run at the next mini-batch; the steps that ended keep their results. */
    void cancel() {
        job.cancel();
    }

    /** R: cancels a run and forgets every result. */
    void clear() {
        cancel();
        generation++;
        for (StepState state : states) {
            state.result.set(null);
            state.liveLosses.set(new double[0]);
        }
        if (!busy.get()) {
            phase.set(Phase.IDLE);
        }
    }

    @Override
    public Class<BabysittingSetup> setupType() {
        return BabysittingSetup.class;
    }

    @Override
    public BabysittingSetup setup() {
        return new BabysittingSetup(seed.get());
    }

    /** A run going on is forgotten (its end and late results too), every result cleared, then the seed set. */
    @Override
    public void apply(BabysittingSetup setup) {
        job.forget();
        generation++;
        for (StepState state : states) {
            state.running.set(false);
            state.result.set(null);
            state.liveLosses.set(new double[0]);
        }
        error.set("");
        phase.set(Phase.IDLE);
        busy.set(false);
        seed.set(setup.seed());
    }
}
