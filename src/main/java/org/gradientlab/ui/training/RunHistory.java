package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;

import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Message;

/**
 * The runs finished in this session, newest first. Ticking runs shows them together: runs of
 * the curve experiments (optimizers, init, custom) are overlaid in one loss and one accuracy
 * chart, their series prefixed with the run's number.
 */
final class RunHistory {
    /** A finished (or stopped) run with every sample it published. */
    static final class FinishedRun {
        final int number;
        final TrainingParameters parameters;
        final List<TrainingBackend.Series> series;
        final List<Progress> samples;
        final BooleanProperty shown = new SimpleBooleanProperty();
        /** Kept as a message so the entry follows the language, not the one it was made in. */
        final Message label;

        FinishedRun(int number, TrainingParameters parameters, List<TrainingBackend.Series> series,
                    List<Progress> samples, Message label) {
            this.number = number;
            this.parameters = parameters;
            this.series = List.copyOf(series);
            this.samples = List.copyOf(samples);
            this.label = label;
        }
    }

    private final I18n i18n;
    private final ObservableList<FinishedRun> runs = FXCollections.observableArrayList();
    private final ListView<FinishedRun> list = new ListView<>(runs);
    private final Consumer<List<FinishedRun>> show;
    private boolean updating;

    /** @param show called with the ticked runs, newest first, whenever the ticks change */
    RunHistory(I18n i18n, Consumer<List<FinishedRun>> show) {
        this.i18n = i18n;
        this.show = show;
        list.setId("training-runs");
        list.setCellFactory(view -> new CheckBoxListCell<>(run -> run.shown) {
            @Override
            public void updateItem(FinishedRun run, boolean empty) {
                textProperty().unbind();
                super.updateItem(run, empty);
                if (!empty && run != null) {
                    i18n.bind(textProperty(), run.label);
                }
            }
        });
        list.setPrefHeight(110);
    }

    Node view() {
        return list;
    }

    /** Adds a run on top, ticked alone (the charts already show it). */
    FinishedRun add(TrainingParameters parameters, List<TrainingBackend.Series> series, List<Progress> samples) {
        int number = runs.size() + 1;
        Message label = Message.of("training.runs.item", number, Message.of(parameters.preset().nameKey()),
                parameters.seed(), series.size());
        FinishedRun run = new FinishedRun(number, parameters, series, samples, label);
        updating = true;
        runs.forEach(r -> r.shown.set(false));
        run.shown.set(true);
        run.shown.addListener((o, was, is) -> {
            if (!updating) {
                show.accept(ticked());
            }
        });
        runs.add(0, run);
        updating = false;
        return run;
    }

    List<FinishedRun> ticked() {
        return runs.stream().filter(r -> r.shown.get()).toList();
    }

    List<FinishedRun> runs() {
        return runs;
    }

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

    record Merged(Preset preset, List<TrainingBackend.Series> series, List<Progress> samples, int length) {}

    private static boolean isCurves(Preset preset) {
        return preset == Preset.OPTIMIZERS || preset == Preset.INIT || preset == Preset.CUSTOM;
    }
}
