package org.gradientlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.experiment.training.ProgressCsv;
import org.gradientlab.ui.kit.text.Message;

/**
 * A run finished (or stopped) in this session with every sample it published. Ticking
 * {@link #shown} shows runs together: runs of the curve experiments (optimizers, init, custom)
 * are overlaid in one loss and one accuracy chart, their series prefixed with the run's number.
 */
final class FinishedRun {
    final int number;
    final TrainingParameters parameters;
    final List<TrainingBackend.Series> series;
    final List<Progress> samples;
    /** Its per-layer statistics, every series, as "Inside the net" showed them (at most 300 per series). */
    final List<LayerStatsRecord> layerStats;
    /** Ticked in the history list; the model redraws the charts when it changes. */
    final BooleanProperty shown = new SimpleBooleanProperty();
    /** True when Stop ended the run before its end: its curves are shorter than its settings say. */
    final boolean stopped;
    /** The name the user gave it; empty for none. */
    final StringProperty name = new SimpleStringProperty(this, "name", "");
    /** What its name says besides its number, experiment and seed; set by {@link FinishedRuns}. */
    private final ObjectProperty<List<Message>> differences = new SimpleObjectProperty<>(this, "differences",
            List.of());
    /**
     * Kept as a message so the entry follows the language, not the one it was made in; it names
     * the settings that set the run apart, so it changes as runs are listed and removed.
     */
    final ObjectBinding<Message> label;

    FinishedRun(int number, TrainingParameters parameters, List<TrainingBackend.Series> series,
                List<Progress> samples, List<LayerStatsRecord> layerStats, boolean stopped) {
        this.number = number;
        this.parameters = parameters;
        this.series = List.copyOf(series);
        this.samples = List.copyOf(samples);
        this.layerStats = List.copyOf(layerStats);
        this.stopped = stopped;
        this.label = Bindings.createObjectBinding(() -> {
            Message item = Message.of(stopped ? "training.runs.item-stopped" : "training.runs.item", number,
                    Message.of(parameters.preset().nameKey()), String.valueOf(parameters.seed()), series.size(),
                    RunNames.suffix(differences.get()));
            return name.get().isEmpty() ? item : Message.of("training.runs.named", name.get(), item);
        }, name, differences);
    }

    /** The settings that tell it from its experiment's defaults and the other runs listed ({@link RunNames}). */
    List<Message> differences() {
        return differences.get();
    }

    void setDifferences(List<Message> value) {
        differences.set(List.copyOf(value));
    }

    /**
     * Writes every series as {@code train --out} does: one CSV per series ({@link ProgressCsv}),
     * named after the series. Returns the files written.
     */
    List<Path> writeCsv(Path folder) throws IOException {
        List<String> names = series.stream().map(TrainingBackend.Series::name).toList();
        List<String> files = ProgressCsv.fileNames(names);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            Path file = folder.resolve(files.get(i));
            ProgressCsv.write(file, samples.stream().filter(p -> p.seriesIndex() == index).toList());
            written.add(file);
        }
        return written;
    }

    /** Series and samples of several runs as one, in the layout of the newest. */
    record Merged(Preset preset, List<TrainingBackend.Series> series, List<Progress> samples, int length) {}

    /**
     * The series and samples of {@code shown} merged into one run: the newest run's kind decides
     * the layout, runs of another layout are left out; series are named "#n name" when more than
     * one run is shown, and sample indices are shifted to the merged list.
     */
    static Merged merge(List<FinishedRun> shown) {
        if (shown.isEmpty()) {
            return null;
        }
        Preset preset = shown.get(0).parameters.preset();
        boolean curves = isCurves(preset);
        List<FinishedRun> same = shown.stream().filter(r -> curves ? isCurves(r.parameters.preset())
                : r == shown.get(0)).toList();
        List<TrainingBackend.Series> series = new ArrayList<>();
        List<Progress> samples = new ArrayList<>();
        int length = 0;
        for (FinishedRun run : same) {
            int offset = series.size();
            for (TrainingBackend.Series s : run.series) {
                String name = same.size() > 1 ? "#" + run.number + " " + s.name() : s.name();
                series.add(new TrainingBackend.Series(name, s.learningRate(), s.weightDecay()));
            }
            for (Progress p : run.samples) {
                samples.add(new Progress(series.get(p.seriesIndex() + offset).name(), p.seriesIndex() + offset,
                        p.iteration(), p.epoch(), p.loss(), p.trainAccuracy(), p.testAccuracy(),
                        p.validationAccuracy(), p.seconds(), p.diverged()));
            }
            length = Math.max(length, run.parameters.length());
        }
        return new Merged(preset, series, samples, length);
    }

    private static boolean isCurves(Preset preset) {
        return preset == Preset.OPTIMIZERS || preset == Preset.INIT || preset == Preset.CUSTOM;
    }
}
