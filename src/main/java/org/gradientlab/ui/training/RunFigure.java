package org.gradientlab.ui.training;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.experiment.training.Predictions;
import org.gradientlab.core.experiment.training.Progress;

/**
 * What the training lab's figure shows, of the run going on or of the finished runs ticked: the
 * charts' layout and their samples, the newest sample predictions of each series (the digits)
 * and the per-layer statistics (inside the net). The model decides what to show; the view binds
 * to these. FX thread only.
 */
final class RunFigure {
    private final ReadOnlyObjectWrapper<ChartLayout> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ObservableList<Progress> samples = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens weakly to its list, so a view made per call and
    // then dropped would stop passing changes on.
    private final ObservableList<Progress> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final ReadOnlyObjectWrapper<List<Predictions>> predictions = new ReadOnlyObjectWrapper<>(this,
            "predictions", List.of());
    private final Map<Integer, Predictions> newest = new TreeMap<>();
    private final ObservableList<LayerStatsRecord> layerStats = FXCollections.observableArrayList();

    ReadOnlyObjectProperty<ChartLayout> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The samples of the charts' layout, in the order they came; a new layout starts them again. */
    ObservableList<Progress> samples() {
        return samplesView;
    }

    /** The newest sample predictions of each series of the run, by series; empty when a run begins. */
    ReadOnlyObjectProperty<List<Predictions>> predictionsProperty() {
        return predictions.getReadOnlyProperty();
    }

    /** Per-layer statistics of the run on show, as they came (issue 18: "Inside the net"). */
    ObservableList<LayerStatsRecord> layerStats() {
        return layerStats;
    }

    /** Lays the charts out anew and shows {@code shown} in them. */
    void show(ChartLayout layout, List<Progress> shown) {
        samples.clear();
        chart.set(layout);
        samples.addAll(shown);
    }

    /** A frame's samples of the run going on. */
    void addSamples(List<Progress> batch) {
        samples.addAll(batch);
    }

    /** A frame's sample predictions: each series' newest replaces its last. */
    void addPredictions(List<Predictions> batch) {
        batch.forEach(p -> newest.put(p.seriesIndex(), p));
        predictions.set(List.copyOf(newest.values()));
    }

    /** Forgets the digits' predictions and the per-layer statistics: a run begins, or the settings changed. */
    void forgetDetails() {
        predictions.set(List.of());
        newest.clear();
        layerStats.clear();
    }
}
