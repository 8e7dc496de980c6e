package org.gradientlab.core.experiment.training;

import java.util.ArrayList;
import java.util.List;

/**
 * A listener that keeps every record, per series, in arrival order (which is iteration order
 * within a series). Thread-safe; {@link #series} returns a copy.
 */
public final class ProgressLog implements ProgressListener {
    private final List<List<Progress>> bySeries = new ArrayList<>();

    @Override
    public synchronized void onProgress(Progress progress) {
        while (bySeries.size() <= progress.seriesIndex()) {
            bySeries.add(new ArrayList<>());
        }
        bySeries.get(progress.seriesIndex()).add(progress);
    }

    /** The records of series {@code index} so far (empty if none arrived). */
    public synchronized List<Progress> series(int index) {
        return index < bySeries.size() ? List.copyOf(bySeries.get(index)) : List.of();
    }

    /** How many records arrived in all. */
    public synchronized int size() {
        return bySeries.stream().mapToInt(List::size).sum();
    }
}
