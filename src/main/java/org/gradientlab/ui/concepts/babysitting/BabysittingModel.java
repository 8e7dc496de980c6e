package org.gradientlab.ui.concepts.babysitting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.gradientlab.core.concepts.babysitting.BabysitRunner;
import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.concepts.babysitting.StepResult;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.ui.widgets.FrameDrain;

/**
 * The page's state, on the FX thread: each step's last result and live curve, and whether a run
 * is going. Steps run one after another on the worker; their records reach the FX thread through
 * {@code applier} (Platform::runLater) and, for the growing curve, a {@link FrameDrain}.
 */
final class BabysittingModel {
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
    private final Executor worker;
    private final Executor applier;
    private final long seed;
    private final FrameDrain<LivePoint> drain = new FrameDrain<>(this::append);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>("");
    private BabysitRunner runner;
    private RunControl control;
    // Bumped by clear(): results of a run from before the clear are dropped (FX thread only).
    private int generation;

    /**
     * @param data    loads MNIST; called on the worker
     * @param worker  runs the steps; one task at a time
     * @param applier hands results to the FX thread
     */
    BabysittingModel(List<BabysitStep> steps, long seed, Supplier<Mnist> data, Executor worker, Executor applier) {
        for (int i = 0; i < steps.size(); i++) {
            states.add(new StepState(steps.get(i), i));
        }
        this.seed = seed;
        this.data = Objects.requireNonNull(data, "data");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.applier = Objects.requireNonNull(applier, "applier");
    }

    List<StepState> states() {
        return states;
    }

    long seed() {
        return seed;
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
        RunControl runControl = new RunControl();
        control = runControl;
        busy.set(true);
        phase.set(Phase.LOADING);
        for (int i : indices) {
            states.get(i).result.set(null);
            states.get(i).liveLosses.set(new double[0]);
        }
        drain.start();
        int runGeneration = generation;
        worker.execute(() -> work(indices, runControl, runGeneration));
    }

    private void work(List<Integer> indices, RunControl runControl, int runGeneration) {
        try {
            BabysitRunner stepRunner = runner();
            for (int i : indices) {
                if (runControl.isCancelled()) {
                    break;
                }
                applier.execute(() -> {
                    phase.set(Phase.RUNNING);
                    states.get(i).running.set(runGeneration == generation);
                });
                StepResult result = stepRunner.run(states.get(i).step, seed, runControl,
                        progress -> drain.offer(new LivePoint(i, progress.loss())));
                applier.execute(() -> {
                    StepState state = states.get(i);
                    state.running.set(false);
                    if (runGeneration == generation) {
                        state.result.set(result);
                        state.liveLosses.set(result.losses());
                    }
                });
            }
            applier.execute(() -> finish(runControl.isCancelled() ? Phase.CANCELLED : Phase.DONE, "", runGeneration));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            applier.execute(() -> finish(Phase.CANCELLED, "", runGeneration));
        } catch (RuntimeException | Error e) {
            // An Error too (out of memory while loading MNIST): uncaught, it would kill the worker and
            // leave the page busy for good.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            applier.execute(() -> finish(Phase.ERROR, message, runGeneration));
        }
    }

    private synchronized BabysitRunner runner() {
        if (runner == null) {
            runner = new BabysitRunner(data.get());
        }
        return runner;
    }

    private void finish(Phase end, String message, int runGeneration) {
        drain.stop();
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
        if (control != null) {
            control.cancel();
        }
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
}
