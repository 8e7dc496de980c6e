package org.gradientlab.ui.training;

import java.util.List;

/**
 * What the charts show: the layout of a run (or of merged runs). A class, not a record: a new
 * run of the same settings is a new layout, so the charts clear for it.
 */
final class ChartLayout {
    final Preset preset;
    final List<TrainingBackend.Series> series;
    final int length;

    ChartLayout(Preset preset, List<TrainingBackend.Series> series, int length) {
        this.preset = preset;
        this.series = List.copyOf(series);
        this.length = length;
    }
}
