package org.gradientlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.ui.export.WriteFailureText;
import org.gradientlab.ui.kit.text.Message;

/**
 * The training lab's finished runs, newest first, numbered in the order they ended: the run
 * history's model. Ticking a run's {@code shown} by hand calls the owner back so it redraws the
 * charts with the ticked runs; the ticks this class sets itself (a new run ticked alone, all
 * unticked for new settings) do not. FX thread only.
 */
final class FinishedRuns {
    private final ObservableList<FinishedRun> runs = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens weakly to its list.
    private final ObservableList<FinishedRun> view = FXCollections.unmodifiableObservableList(runs);
    private final Runnable tickedByHand;
    private final Function<Preset, TrainingParameters> defaults;
    private boolean ticking;
    private int nextNumber = 1;

    /**
     * @param tickedByHand called when the user ticks or unticks a run
     * @param defaults     each experiment's settings, which a run's name says it differs from
     */
    FinishedRuns(Runnable tickedByHand, Function<Preset, TrainingParameters> defaults) {
        this.tickedByHand = tickedByHand;
        this.defaults = defaults;
    }

    /** The runs, newest first, read-only. */
    ObservableList<FinishedRun> view() {
        return view;
    }

    /** Lists a run on top, ticked alone (the charts already show it); marked when Stop ended it. */
    FinishedRun add(TrainingParameters parameters, List<TrainingBackend.Series> series, List<Progress> samples,
                    List<LayerStatsRecord> layerStats, boolean stopped) {
        FinishedRun finished = new FinishedRun(nextNumber++, parameters, series, samples, layerStats, stopped);
        untickAll();
        ticking = true;
        finished.shown.set(true);
        ticking = false;
        finished.shown.addListener((o, was, is) -> {
            if (!ticking) {
                tickedByHand.run();
            }
        });
        List<FinishedRun> next = new ArrayList<>(runs);
        next.add(0, finished);
        // Named before the list tells anyone: a picker showing the older runs reads their new names.
        nameAll(next);
        runs.add(0, finished);
        return finished;
    }

    /** Takes {@code run} out of the list; false when it was not listed. */
    boolean remove(FinishedRun run) {
        if (!runs.contains(run)) {
            return false;
        }
        List<FinishedRun> next = new ArrayList<>(runs);
        next.remove(run);
        nameAll(next);
        return runs.remove(run);
    }

    /** Each run's name says how it differs from its experiment's defaults and from the others in {@code listed}. */
    private void nameAll(List<FinishedRun> listed) {
        for (FinishedRun run : listed) {
            List<TrainingParameters> others = listed.stream().filter(r -> r != run).map(r -> r.parameters).toList();
            run.setDifferences(RunNames.differences(run.parameters, defaults.apply(run.parameters.preset()), others));
        }
    }

    /** Gives {@code run} a name in the list (blank: its number and settings alone). */
    static void rename(FinishedRun run, String name) {
        run.name.set(name == null ? "" : name.strip());
    }

    /** The ticked runs, newest first. */
    List<FinishedRun> ticked() {
        return runs.stream().filter(r -> r.shown.get()).toList();
    }

    /** Unticks every run without redrawing: what the charts show changes anyway. */
    void untickAll() {
        ticking = true;
        runs.forEach(r -> r.shown.set(false));
        ticking = false;
    }

    /** The files an export wrote and what the status line says of it. */
    record Export(List<Path> written, Message status, boolean failed) {}

    /** Writes every series of the newest ticked run as {@code train --out} does, into {@code folder}. */
    Export exportCsv(Path folder) {
        List<FinishedRun> shown = ticked();
        if (shown.isEmpty()) {
            return new Export(List.of(), Message.of("training.runs.none"), true);
        }
        try {
            List<Path> written = shown.get(0).writeCsv(folder);
            return new Export(written, Message.of("training.runs.csv-written", written.size(), folder), false);
        } catch (IOException e) {
            return new Export(List.of(), WriteFailureText.failed("training.runs.csv-failed", folder, e), true);
        }
    }
}
