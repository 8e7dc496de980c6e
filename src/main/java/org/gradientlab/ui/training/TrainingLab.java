package org.gradientlab.ui.training;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.stage.DirectoryChooser;

import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.experiment.training.ProgressCsv;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.ui.export.WriteFailureText;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.lab.LazyLab;

/**
 * The training lab: pick an experiment, edit its settings, start it and watch its curves grow.
 * Training runs in the {@link TrainingBackend} in a {@link LabJob} off the FX thread; its samples
 * reach the charts once per frame.
 */
public final class TrainingLab extends LazyLab {
    public static final LabSpec SPEC = new LabSpec("training", "lab.training.title", "/css/training-lab.css");
    private final I18n i18n;
    private final TrainingBackend backend;
    private final ParameterForm form;
    private final ProgressPanel progress;
    private final RunCharts charts;
    private final DigitGrid digits = new DigitGrid();
    private final ChoiceBox<String> digitsSeries = new ChoiceBox<>();
    private final Label caption = new Label();
    private final ObjectProperty<TrainingParameters> captioned = new SimpleObjectProperty<>(this, "captioned");
    private final Label dataLabel = new Label();
    private final ObjectProperty<Path> dataDirectory = new SimpleObjectProperty<>(this, "dataDirectory");
    private final LabJob<Void> job = new LabJob<>("training");
    private final RunHistory history;
    private final List<Progress> recorded = new ArrayList<>();
    private List<TrainingBackend.Series> runningSeries = List.of();
    private final RandomGenerator seeds = RandomGenerator.getDefault();
    private VBox figure;
    private TrainingBackend.Run run;
    private TrainingParameters running;
    private long startNanos;
    private long[] done = new long[0];
    private long total;

    /**
     * @param presetSettings the settings of each experiment preset (the book's, from the core)
     */
    public TrainingLab(I18n i18n, TrainingBackend backend, Function<Preset, TrainingParameters> presetSettings) {
        super(SPEC);
        this.i18n = i18n;
        this.backend = backend;
        this.form = new ParameterForm(i18n, presetSettings);
        this.progress = new ProgressPanel(i18n);
        this.charts = new RunCharts(i18n);
        this.history = new RunHistory(i18n, this::showFinished);
    }

    /** The caption with the settings, the charts and the digits: what a figure shows. */
    @Override
    public Node exportNode() {
        view();
        return figure;
    }

    @Override
    protected BorderPane createView() {
        progress.start().setOnAction(e -> start(false));
        progress.again().setOnAction(e -> start(true));
        progress.pause().setOnAction(e -> togglePause());
        progress.stop().setOnAction(e -> stop());

        Button chooseData = new Button();
        chooseData.setId("training-data-choose");
        chooseData.textProperty().bind(i18n.label("training.data.choose"));
        chooseData.setOnAction(e -> chooseDataDirectory());
        Button bundled = new Button();
        bundled.setId("training-data-bundled");
        bundled.textProperty().bind(i18n.label("training.data.bundled-button"));
        bundled.setOnAction(e -> dataDirectory.set(null));
        bundled.disableProperty().bind(dataDirectory.isNull());
        dataLabel.setId("training-data");
        dataLabel.setWrapText(true);
        dataLabel.textProperty().bind(i18n.render(() -> dataDirectory.get() == null
                ? i18n.text("training.data.bundled") : i18n.text("training.data.directory", dataDirectory.get()),
                dataDirectory));
        Label dataTitle = new Label();
        dataTitle.textProperty().bind(i18n.label("training.data.title"));
        dataTitle.getStyleClass().add("section-title");
        Label runsTitle = new Label();
        runsTitle.textProperty().bind(i18n.label("training.runs.title"));
        runsTitle.getStyleClass().add("section-title");
        history.view().disableProperty().bind(progress.stateProperty().isNotEqualTo(RunState.FINISHED)
                .and(progress.stateProperty().isNotEqualTo(RunState.IDLE)));
        Button exportCsv = new Button();
        exportCsv.setId("training-export-csv");
        exportCsv.textProperty().bind(i18n.label("training.runs.export-csv"));
        exportCsv.setOnAction(e -> chooseCsvFolder());
        exportCsv.disableProperty().bind(history.view().disableProperty());
        VBox sidebar = new VBox(form.view(), dataTitle, dataLabel, new HBox(6, chooseData, bundled), runsTitle,
                history.view(), exportCsv);
        sidebar.getStyleClass().add("sidebar");
        ScrollPane scroll = new ScrollPane(sidebar);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);

        caption.setId("training-caption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMinHeight(Label.USE_PREF_SIZE);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.textProperty().bind(i18n.render(
                () -> captioned.get() == null ? "" : Captions.settings(i18n, captioned.get()), captioned));
        Label digitsTitle = new Label();
        digitsTitle.textProperty().bind(i18n.label("training.digits.title"));
        Label seriesLabel = new Label();
        seriesLabel.textProperty().bind(i18n.label("training.digits.series"));
        digitsSeries.setId("digits-series");
        // A new converter per language makes the box write its series names again.
        digitsSeries.converterProperty().bind(Bindings.createObjectBinding(() -> new StringConverter<String>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : i18n.text(DisplayNames.series(name));
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }, i18n.languageProperty()));
        digitsSeries.getSelectionModel().selectedIndexProperty().addListener(
                (o, before, after) -> digits.select(Math.max(0, after.intValue())));
        HBox digitsHeader = new HBox(8, digitsTitle, seriesLabel, digitsSeries);
        digitsHeader.setAlignment(Pos.CENTER_LEFT);
        digitsHeader.visibleProperty().bind(digits.view().visibleProperty());
        digitsHeader.managedProperty().bind(digits.view().visibleProperty());
        VBox.setVgrow(charts.view(), Priority.ALWAYS);
        figure = new VBox(6, caption, charts.view(), digitsHeader, digits.view());
        figure.getStyleClass().add("training-figure");

        BorderPane root = new BorderPane(figure);
        root.setTop(progress.view());
        root.setLeft(scroll);
        root.getStyleClass().add("training-lab");
        root.setId("lab-training");
        form.presetProperty().addListener((o, was, is) -> {
            showCaption();
            showEmpty();
        });
        form.onEdited(this::showCaption);
        showCaption();
        showEmpty();
        return root;
    }

    private void showCaption() {
        TrainingParameters p = running != null ? running : form.parameters().orElse(null);
        captioned.set(p);
    }

    /** Empty charts for the chosen experiment, already spanning the run to come. */
    private void showEmpty() {
        form.parameters().filter(p -> run == null).ifPresent(p -> charts.begin(p.preset(), List.of(), p.length()));
    }

    @Override
    public void playPause() {
        switch (progress.stateProperty().get()) {
            case RUNNING, PAUSED -> togglePause();
            case IDLE, FINISHED -> start(false);
            default -> { }
        }
    }

    @Override
    public void reset() {
        stop();
    }

    /** Starts the edited experiment; with {@code newSeed} first puts a fresh seed in the editor. */
    void start(boolean newSeed) {
        if (run != null) {
            return;
        }
        if (newSeed) {
            form.setSeed(seeds.nextLong(1_000_000));
        }
        Optional<TrainingParameters> parameters = form.parameters();
        if (parameters.isEmpty()) {
            progress.finish(Message.of("training.status.invalid"), true);
            return;
        }
        TrainingParameters p = parameters.get();
        TrainingBackend.Run started;
        try {
            started = backend.prepare(p, dataDirectory.get());
        } catch (IllegalArgumentException e) {
            progress.finish(Message.of("training.status.rejected", e.getMessage()), true);
            return;
        }
        run = started;
        running = p;
        List<TrainingBackend.Series> series = started.series();
        runningSeries = series;
        recorded.clear();
        done = new long[series.size()];
        total = (long) series.size() * iterations(p);
        charts.begin(p.preset(), series, p.length());
        progress.begin(total, "training.unit.iterations");
        progress.stateProperty().set(RunState.RUNNING);
        form.setDisable(true);
        showCaption();
        startNanos = System.nanoTime();
        digits.clear();
        digitsSeries.getItems().setAll(series.stream().map(TrainingBackend.Series::name).toList());
        digitsSeries.getSelectionModel().select(0);
        job.start(worker -> {
            // Made before the first record: each frame gets one batch of curves and one of digits.
            ProgressListener listener = ProgressListener.of(worker.channel(this::onFrame),
                    worker.channel(digits::show));
            started.train(worker.control(), listener);
            return null;
        }, LabJob.Ending.of(none -> ended(null), () -> ended(null), this::ended));
    }

    /** Iterations one series makes: an epoch is ⌈n / batch⌉ iterations (DESIGN.md). */
    static long iterations(TrainingParameters p) {
        if (!p.preset().byEpoch()) {
            return p.length();
        }
        long perEpoch = (p.trainSize() + p.batchSize() - 1) / p.batchSize();
        return perEpoch * p.length();
    }

    private void togglePause() {
        if (run == null) {
            return;
        }
        if (progress.stateProperty().get() == RunState.PAUSED) {
            job.resume();
            progress.stateProperty().set(RunState.RUNNING);
        } else {
            job.pause();
            progress.stateProperty().set(RunState.PAUSED);
        }
    }

    void stop() {
        if (run != null) {
            job.cancel();
            progress.stateProperty().set(RunState.STOPPING);
        }
    }

    private void onFrame(List<Progress> batch) {
        recorded.addAll(batch);
        for (Progress s : batch) {
            done[s.seriesIndex()] = Math.max(done[s.seriesIndex()], s.iteration());
        }
        charts.accept(batch);
        charts.refresh();
        long sum = 0;
        for (long d : done) {
            sum += d;
        }
        progress.update(sum, total, "training.unit.iterations", (System.nanoTime() - startNanos) / 1e9);
    }

    private void ended(Throwable failure) {
        charts.finish();
        boolean cancelled = progress.stateProperty().get() == RunState.STOPPING;
        if (failure == null) {
            history.add(running, runningSeries, recorded);
        }
        run = null;
        running = null;
        form.setDisable(false);
        progress.stateProperty().set(RunState.FINISHED);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (failure != null) {
            progress.finish(Message.of("training.status.failed", JobFailure.message(failure)),
                    true);
        } else if (cancelled) {
            progress.finish(Message.of("training.status.stopped", Num.duration(seconds)), false);
        } else {
            progress.complete();
            progress.finish(Message.of("training.status.finished", Num.duration(seconds)), false);
        }
    }

    /** Redraws the charts with the runs ticked in the history (two runs overlaid, or an older one). */
    private void showFinished(List<RunHistory.FinishedRun> ticked) {
        RunHistory.Merged merged = RunHistory.merge(ticked);
        if (merged == null || run != null) {
            return;
        }
        charts.begin(merged.preset(), merged.series(), merged.length());
        charts.accept(merged.samples());
        charts.refresh();
    }

    private void chooseCsvFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("training.runs.csv-chooser"));
        File chosen = chooser.showDialog(view().getScene() == null ? null : view().getScene().getWindow());
        if (chosen != null) {
            exportCsv(chosen.toPath());
        }
    }

    /**
     * Writes every series of the newest ticked run as {@code train --out} does: one CSV per series
     * ({@link ProgressCsv}), named after the series. Returns the files written; on failure the
     * status line says why.
     */
    List<Path> exportCsv(Path folder) {
        List<RunHistory.FinishedRun> ticked = history.ticked();
        if (ticked.isEmpty()) {
            progress.finish(Message.of("training.runs.none"), true);
            return List.of();
        }
        RunHistory.FinishedRun finished = ticked.get(0);
        List<String> names = finished.series.stream().map(TrainingBackend.Series::name).toList();
        List<String> files = ProgressCsv.fileNames(names);
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < names.size(); i++) {
                int index = i;
                Path file = folder.resolve(files.get(i));
                ProgressCsv.write(file, finished.samples.stream().filter(p -> p.seriesIndex() == index).toList());
                written.add(file);
            }
            progress.finish(Message.of("training.runs.csv-written", written.size(), folder), false);
        } catch (IOException e) {
            progress.finish(WriteFailureText.failed("training.runs.csv-failed", folder, e), true);
        }
        return written;
    }

    private void chooseDataDirectory() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("training.data.chooser"));
        if (dataDirectory.get() != null) {
            chooser.setInitialDirectory(dataDirectory.get().toFile());
        }
        File chosen = chooser.showDialog(view().getScene() == null ? null : view().getScene().getWindow());
        if (chosen != null) {
            dataDirectory.set(chosen.toPath());
        }
    }

    /** The MNIST directory of the next run; null for the bundled copy. */
    ObjectProperty<Path> dataDirectoryProperty() {
        return dataDirectory;
    }

    ParameterForm form() {
        return form;
    }

    ProgressPanel progress() {
        return progress;
    }

    RunCharts charts() {
        return charts;
    }

    DigitGrid digits() {
        return digits;
    }

    ChoiceBox<String> digitsSeries() {
        return digitsSeries;
    }

    RunHistory history() {
        return history;
    }

    boolean isRunning() {
        return run != null;
    }
}
