package org.gradientlab.ui.concepts.schedules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.gradientlab.core.concepts.schedules.ScheduleComparison;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ExperimentResult;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.ui.kit.job.JobContext;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.widgets.SeriesBuffer;
import org.gradientlab.ui.widgets.Smoothing;

/**
 * One training run of a {@link ScheduleComparison} for a figure: MNIST is loaded and the series
 * trained off the FX thread in a {@link LabJob}; their records reach the FX thread once per frame
 * into one loss buffer per series, and {@link #framesProperty()} counts up for the figure. The buffers
 * stay after the run ends, until the next start or a {@link #clear()}. FX thread only.
 */
final class LossRun {
    enum State { IDLE, LOADING, RUNNING, DONE, CANCELLED, FAILED }

    private final Supplier<ExperimentRunner> runner;
    private final ReadOnlyIntegerWrapper frames = new ReadOnlyIntegerWrapper(this, "frames");
    private final LabJob<ExperimentResult> job = new LabJob<>("schedules-run");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final List<SeriesBuffer> losses = new ArrayList<>();
    private boolean[] diverged = new boolean[0];
    private int iterations;
    private int records;
    private ExperimentResult result;

    LossRun(Supplier<ExperimentRunner> runner) {
        this.runner = runner;
    }

    /** Counts the changes of the curves (a frame of records, an end, a clear): the figure redraws on each. */
    ReadOnlyIntegerProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    private void changed() {
        frames.set(frames.get() + 1);
    }

    void start(ScheduleComparison comparison) {
        stop();
        int series = comparison.runs().size();
        losses.clear();
        for (int i = 0; i < series; i++) {
            losses.add(new SeriesBuffer());
        }
        diverged = new boolean[series];
        iterations = comparison.iterations();
        records = 0;
        result = null;
        progress.set(0);
        failure.set("");
        state.set(State.LOADING);
        job.start(run -> train(comparison, run), LabJob.Ending.of(this::ended, this::ended, this::failed));
    }

    /** The worker's part: load MNIST, then train every series on the core's runner. */
    private ExperimentResult train(ScheduleComparison comparison, JobContext run) throws Exception {
        Consumer<Progress> frames = run.channel(this::accept);
        Mnist data = Mnist.bundled();
        run.post(() -> {
            if (state.get() == State.LOADING) {
                state.set(State.RUNNING);
            }
        });
        return comparison.start(runner.get(), data, run.control(), frames::accept).get();
    }

    private void ended(ExperimentResult ended) {
        result = ended;
        // A diverged series stops early, so its records never add up to the planned count.
        progress.set(1);
        state.set(State.DONE);
        changed();
    }

    private void ended() {
        state.set(State.CANCELLED);
        changed();
    }

    private void failed(Throwable error) {
        System.getLogger(LossRun.class.getName()).log(System.Logger.Level.WARNING,
                "learning-rate schedule run failed", error);
        failure.set(JobFailure.message(error));
        state.set(State.FAILED);
        changed();
    }

    /** Why the last run failed, in the worker's words; empty unless {@link State#FAILED}. */
    ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Cancels the run (its curves so far stay). */
    void stop() {
        // Forgotten: the page says Cancelled at once, and no late record lands on the next run.
        job.forget();
        if (isBusy()) {
            state.set(State.CANCELLED);
        }
    }

    /** Cancels and forgets every curve. */
    void clear() {
        stop();
        losses.clear();
        diverged = new boolean[0];
        result = null;
        progress.set(0);
        state.set(State.IDLE);
        changed();
    }

    private void accept(List<Progress> batch) {
        for (Progress p : batch) {
            if (p.diverged()) {
                diverged[p.seriesIndex()] = true;
            } else {
                losses.get(p.seriesIndex()).add(p.iteration(), p.loss());
            }
            records++;
        }
        progress.set(Math.min(1, records / (double) (iterations * losses.size())));
        changed();
    }

    boolean isBusy() {
        return state.get() == State.LOADING || state.get() == State.RUNNING;
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    int seriesCount() {
        return losses.size();
    }

    /** Updates planned per series in the last run started. */
    int iterations() {
        return iterations;
    }

    int points(int series) {
        return losses.get(series).size();
    }

    boolean diverged(int series) {
        return diverged[series];
    }

    /**
     * The mean loss of the series' last 100 updates once a run completed ({@link
     * org.gradientlab.core.experiment.training.SeriesResult#finalLoss()}), else NaN.
     */
    double finalLoss(int series) {
        return result == null || result.cancelled() ? Double.NaN : result.series().get(series).finalLoss();
    }

    /** Iterations of the series' records so far. */
    double[] x(int series) {
        SeriesBuffer buffer = losses.get(series);
        double[] x = new double[buffer.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = buffer.x(i);
        }
        return x;
    }

    /** The series' loss as the book draws it: smooth_curve of the mini-batch losses. */
    double[] smoothedLoss(int series) {
        return Smoothing.smooth(losses.get(series).ys());
    }
}
