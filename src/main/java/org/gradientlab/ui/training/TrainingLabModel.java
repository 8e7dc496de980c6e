package org.gradientlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.experiment.training.Predictions;
import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The training lab's state: the edited parameters, the run (its state, progress, status and
 * samples), the sample predictions and the finished runs. Training runs in the
 * {@link TrainingBackend} in a {@link LabJob} off the FX thread; its samples arrive here once
 * per frame. The view binds to the read-only properties and forwards clicks. FX thread only.
 */
final class TrainingLabModel implements SetupModel<TrainingLabSetup> {
    private final TrainingBackend backend;
    private final Function<Preset, TrainingParameters> presetSettings;
    private final ReadOnlyObjectWrapper<TrainingParameters> parameters = new ReadOnlyObjectWrapper<>(this, "parameters");
    private final ReadOnlyBooleanWrapper editorsValid = new ReadOnlyBooleanWrapper(this, "editorsValid", true);
    private final ReadOnlyObjectWrapper<Path> dataDirectory = new ReadOnlyObjectWrapper<>(this, "dataDirectory");
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyObjectWrapper<RunProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress",
            RunProgress.NONE);
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>(this, "status", Message.EMPTY);
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final ReadOnlyObjectWrapper<TrainingParameters> running = new ReadOnlyObjectWrapper<>(this, "running");
    private final ReadOnlyObjectWrapper<TrainingParameters> captioned = new ReadOnlyObjectWrapper<>(this, "captioned");
    /** The parameters of the finished run(s) the charts show (the newest ticked), or null. */
    private final ReadOnlyObjectWrapper<TrainingParameters> shownRun = new ReadOnlyObjectWrapper<>(this, "shownRun");
    private final RunFigure figure = new RunFigure();
    private final FinishedRuns runs;
    private final LabJob<Void> job = new LabJob<>("training");
    private final RandomGenerator seeds = RandomGenerator.getDefault();
    private List<TrainingBackend.Series> runningSeries = List.of();
    private TrainingBackend.Run run;
    private RunCount count;

    /** @param presetSettings the settings of each experiment preset (the book's, from the core) */
    TrainingLabModel(TrainingBackend backend, Function<Preset, TrainingParameters> presetSettings) {
        this.backend = backend;
        this.presetSettings = presetSettings;
        this.runs = new FinishedRuns(this::showTicked, presetSettings);
        parameters.addListener(o -> caption());
        editorsValid.addListener(o -> caption());
        running.addListener(o -> caption());
        shownRun.addListener(o -> caption());
        choosePreset(Preset.OPTIMIZERS);
    }

    // --- the editors --------------------------------------------------------------------------

    /** The edited parameters: the last ones whose every editor was valid. */
    ReadOnlyObjectProperty<TrainingParameters> parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    /** False while an editor holds text that does not parse; Start then refuses. */
    ReadOnlyBooleanProperty editorsValidProperty() {
        return editorsValid.getReadOnlyProperty();
    }

    /**
     * Fills the editors with {@code preset}'s settings; what showed the last run (charts, progress,
     * status, digits) empties for the new layout. The finished runs stay listed, unticked.
     */
    void choosePreset(Preset preset) {
        editorsValid.set(true);
        parameters.set(presetSettings.apply(preset));
        forgetShown();
    }

    /**
     * An edit of the editors (every one valid); a different preset chooses that preset instead.
     * Settings that differ from the held ones leave the last run's figure, progress and status
     * behind: they describe other settings (issue 15.3).
     */
    void edit(TrainingParameters edited) {
        if (parameters.get() != null && edited.preset() != parameters.get().preset()) {
            choosePreset(edited.preset());
            return;
        }
        if (!editorsValid.get() && statusIsError.get()) {
            // "The settings are invalid" (Start refused them) no longer holds.
            end(Message.EMPTY, false);
        }
        editorsValid.set(true);
        boolean changed = !edited.equals(parameters.get());
        parameters.set(edited);
        if (changed) {
            forgetShown();
        }
    }

    /** An editor holds invalid text (its message shows); the last valid parameters stay. */
    void editInvalid() {
        editorsValid.set(false);
    }

    /** The MNIST directory of the next run; null for the bundled copy. */
    ReadOnlyObjectProperty<Path> dataDirectoryProperty() {
        return dataDirectory.getReadOnlyProperty();
    }

    void setDataDirectory(Path directory) {
        dataDirectory.set(directory);
    }

    // --- the run ------------------------------------------------------------------------------

    ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RunProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The status line: how the last run ended, or why nothing started. */
    ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    /** The parameters of the run going on, or null. */
    ReadOnlyObjectProperty<TrainingParameters> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the figure's caption describes: the run going on, else the valid edited parameters, else null. */
    ReadOnlyObjectProperty<TrainingParameters> captionedProperty() {
        return captioned.getReadOnlyProperty();
    }

    // What the figure shows: see RunFigure.
    ReadOnlyObjectProperty<ChartLayout> chartProperty() {
        return figure.chartProperty();
    }

    ObservableList<LayerStatsRecord> layerStats() {
        return figure.layerStats();
    }

    ObservableList<Progress> samples() {
        return figure.samples();
    }

    ReadOnlyObjectProperty<List<Predictions>> predictionsProperty() {
        return figure.predictionsProperty();
    }

    /** The finished runs, newest first; ticking one's {@code shown} redraws the charts with it. */
    ObservableList<FinishedRun> runs() {
        return runs.view();
    }

    /** Gives {@code run} a name in the list (blank: its number and settings alone). */
    void rename(FinishedRun run, String name) {
        FinishedRuns.rename(run, name);
    }

    /** Takes {@code run} out of the list; the charts drop it if they showed it. Not during a run. */
    void remove(FinishedRun run) {
        if (this.run != null || !runs.remove(run)) {
            return;
        }
        if (run.shown.get()) {
            if (ticked().isEmpty()) {
                showEmpty();
            } else {
                showTicked();
            }
        }
    }

    List<FinishedRun> ticked() {
        return runs.ticked();
    }

    boolean isRunning() {
        return run != null;
    }

    /** Space: pause or resume a run, or start one. */
    void playPause() {
        switch (state.get()) {
            case RUNNING, PAUSED -> togglePause();
            case IDLE, FINISHED -> start(false);
            default -> { }
        }
    }

    /** Starts the edited experiment; with {@code newSeed} first gives it a fresh seed. */
    void start(boolean newSeed) {
        if (run != null) {
            return;
        }
        if (!editorsValid.get()) {
            end(Message.of("training.status.invalid"), true);
            return;
        }
        if (newSeed) {
            parameters.set(parameters.get().withSeed(seeds.nextLong(1_000_000)));
        }
        TrainingParameters p = parameters.get();
        TrainingBackend.Run started;
        try {
            started = backend.prepare(p, dataDirectory.get());
        } catch (IllegalArgumentException e) {
            end(Message.of("training.status.rejected", e.getMessage()), true);
            return;
        }
        run = started;
        runningSeries = started.series();
        count = new RunCount(runningSeries.size(), iterations(p));
        figure.show(new ChartLayout(p.preset(), runningSeries, p.length()), List.of());
        figure.forgetDetails();
        progress.set(count.start());
        end(Message.EMPTY, false);
        state.set(RunState.RUNNING);
        running.set(p);
        job.start(worker -> {
            // Made before the first record: each frame gets one batch of curves and one of digits.
            ProgressListener listener = ProgressListener.of(worker.channel(this::onFrame),
                    worker.channel(figure::addPredictions), worker.channel(figure.layerStats()::addAll),
                    LayerStatsRecord.liveEvery(iterations(p)));
            started.train(worker.control(), listener);
            return null;
        }, LabJob.Ending.of(none -> ended(null), () -> ended(null), this::ended));
    }

    /** Updates one series makes when it runs to its end: the core's schedule counts them. */
    static long iterations(TrainingParameters p) {
        return CoreBackend.config(p).iterationsPerSeries();
    }

    void togglePause() {
        if (run == null) {
            return;
        }
        if (state.get() == RunState.PAUSED) {
            job.resume();
            state.set(RunState.RUNNING);
        } else {
            job.pause();
            state.set(RunState.PAUSED);
        }
    }

    /** Asks the run to stop; it ends (and is listed) when the worker has stopped. */
    void stop() {
        if (run != null) {
            job.cancel();
            state.set(RunState.STOPPING);
        }
    }

    private void onFrame(List<Progress> batch) {
        RunProgress counted = count.observe(batch);
        figure.addSamples(batch);
        progress.set(counted);
    }

    private void ended(Throwable failure) {
        boolean cancelled = state.get() == RunState.STOPPING;
        if (failure == null) {
            listFinished(cancelled);
        }
        run = null;
        running.set(null);
        state.set(RunState.FINISHED);
        double seconds = count.seconds();
        if (failure != null) {
            end(Message.of("training.status.failed", JobFailure.message(failure)), true);
        } else if (cancelled) {
            end(Message.of("training.status.stopped", Num.duration(seconds)), false);
        } else {
            RunProgress last = progress.get();
            progress.set(new RunProgress(last.done(), last.total(), 1, last.perSecond(), last.secondsLeft()));
            end(Message.of("training.status.finished", Num.duration(seconds)), false);
        }
    }

    private void end(Message text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    /** Lists the run on top, ticked alone (the charts already show it); marked when Stop ended it. */
    private void listFinished(boolean stopped) {
        shownRun.set(runs.add(running.get(), runningSeries, figure.samples(), figure.layerStats(), stopped).parameters);
    }

    /** Redraws the charts with the ticked runs (two runs overlaid, or an older one); not during a run. */
    private void showTicked() {
        FinishedRun.Merged merged = FinishedRun.merge(ticked());
        if (merged != null && run == null) {
            figure.show(new ChartLayout(merged.preset(), merged.series(), merged.length()), merged.samples());
            shownRun.set(ticked().get(0).parameters);
        }
    }

    /** Empty charts for the chosen experiment, already spanning the run to come. */
    private void showEmpty() {
        if (run == null) {
            TrainingParameters p = parameters.get();
            figure.show(new ChartLayout(p.preset(), List.of(), p.length()), List.of());
            shownRun.set(null);
        }
    }

    /**
     * The settings changed with no run going on: the last run's progress, "finished in", sample
     * digits and charts belonged to other settings. Runs stay listed, unticked; ticking one shows it.
     */
    private void forgetShown() {
        if (run != null) {
            return;
        }
        progress.set(RunProgress.NONE);
        end(Message.EMPTY, false);
        figure.forgetDetails();
        runs.untickAll();
        showEmpty();
    }

    /** The run going on, else the finished run on show, else the valid edited settings, else nothing. */
    private void caption() {
        TrainingParameters edited = editorsValid.get() ? parameters.get() : null;
        captioned.set(running.get() != null ? running.get() : shownRun.get() != null ? shownRun.get() : edited);
    }

    /**
     * Writes every series of the newest ticked run as {@code train --out} does. Returns the files
     * written; the status line says how many, or why none.
     */
    List<Path> exportCsv(Path folder) {
        FinishedRuns.Export export = runs.exportCsv(folder);
        end(export.status(), export.failed());
        return export.written();
    }

    // --- scenes -------------------------------------------------------------------------------

    @Override
    public Class<TrainingLabSetup> setupType() {
        return TrainingLabSetup.class;
    }

    /** The experiment and the last valid settings of the editors. */
    @Override
    public TrainingLabSetup setup() {
        return TrainingLabSetup.of(parameters.get());
    }

    /** A run going on is forgotten (nothing of it is listed); the editors show the setup. */
    @Override
    public void apply(TrainingLabSetup setup) {
        TrainingParameters next = setup.parameters();
        boolean forgotten = run != null;
        if (forgotten) {
            job.forget();
            run = null;
            running.set(null);
            state.set(RunState.FINISHED);
        }
        editorsValid.set(true);
        parameters.set(next);
        forgetShown();
        if (forgotten) {
            end(Message.of("training.status.stopped", Num.duration(count.seconds())), false);
        }
    }
}
