package org.gradientlab.ui.training;

/**
 * Iterations per second and time left for the progress bar, from the counts seen at frame
 * times: an exponential moving average of the rate (time constant {@value #TIME_CONSTANT_SECONDS}
 * s), so the read-out is steady yet follows a pause or a slower phase.
 */
public final class RateEstimate {
    static final double TIME_CONSTANT_SECONDS = 2;

    private double lastSeconds = Double.NaN;
    private long lastDone;
    private double rate = Double.NaN;

    /** Records that {@code done} units were finished at {@code seconds}. */
    public void observe(double seconds, long done) {
        if (Double.isNaN(lastSeconds)) {
            lastSeconds = seconds;
            lastDone = done;
            return;
        }
        double dt = seconds - lastSeconds;
        if (dt <= 0) {
            return;
        }
        double instant = (done - lastDone) / dt;
        double alpha = 1 - Math.exp(-dt / TIME_CONSTANT_SECONDS);
        rate = Double.isNaN(rate) ? instant : rate + alpha * (instant - rate);
        lastSeconds = seconds;
        lastDone = done;
    }

    /** Units per second, NaN before two observations. */
    public double perSecond() {
        return rate;
    }

    /** Seconds until {@code total} at the current rate; NaN when unknown. */
    public double secondsLeft(long total) {
        if (!(rate > 0)) {
            return Double.NaN;
        }
        return Math.max(0, total - lastDone) / rate;
    }

    public void reset() {
        lastSeconds = Double.NaN;
        lastDone = 0;
        rate = Double.NaN;
    }
}
