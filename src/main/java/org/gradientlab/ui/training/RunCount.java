package org.gradientlab.ui.training;

import java.util.List;

import org.gradientlab.core.experiment.training.Progress;

/**
 * Counts a run's updates for the progress bar: the newest iteration of each series (a diverged
 * series counts as done, its remaining updates will never come), their sum against the total,
 * and the speed and time left from the counts seen at frame times.
 */
final class RunCount {
    private final long[] done;
    private final long total;
    private final long perSeries;
    private final RateEstimate rate = new RateEstimate();
    private final long startNanos = System.nanoTime();

    /** Starts counting {@code series} series of {@code perSeries} updates each, now. */
    RunCount(int series, long perSeries) {
        this.done = new long[series];
        this.perSeries = perSeries;
        this.total = series * perSeries;
    }

    /** Nothing done yet. */
    RunProgress start() {
        return new RunProgress(0, total, 0, Double.NaN, Double.NaN);
    }

    /** Counts a frame's samples; returns the progress after them. */
    RunProgress observe(List<Progress> batch) {
        for (Progress s : batch) {
            done[s.seriesIndex()] = s.diverged() ? perSeries : Math.max(done[s.seriesIndex()], s.iteration());
        }
        long sum = 0;
        for (long d : done) {
            sum += d;
        }
        rate.observe(seconds(), sum);
        return new RunProgress(sum, total, total == 0 ? 0 : Math.min(1, (double) sum / total), rate.perSecond(),
                rate.secondsLeft(total));
    }

    /** Seconds since the run started. */
    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
