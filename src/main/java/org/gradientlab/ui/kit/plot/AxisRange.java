package org.gradientlab.ui.kit.plot;


/**
 * A y range that follows the data without jumping every frame: it grows (with a margin) only
 * when a point falls outside it and shrinks only when the data fill less than half of it.
 * Bounds are rounded to a round tick unit ({@link Ticks#step}) so labels stay readable.
 */
public final class AxisRange {
    static final double MARGIN = 0.05;
    static final double SHRINK_BELOW = 0.5;
    static final int TARGET_TICKS = 5;

    private double lower = Double.NaN;
    private double upper = Double.NaN;
    private double tickUnit = 1;

    /**
     * Updates the range for data spanning [{@code dataMin}, {@code dataMax}]; returns true when
     * it changed. Non-finite data leave the range as it is.
     */
    public boolean update(double dataMin, double dataMax) {
        if (!Double.isFinite(dataMin) || !Double.isFinite(dataMax)) {
            return false;
        }
        boolean inside = dataMin >= lower && dataMax <= upper;
        boolean filled = (dataMax - dataMin) >= SHRINK_BELOW * (upper - lower);
        if (inside && filled) {
            return false;
        }
        double span = dataMax - dataMin;
        double pad = span > 0 ? span * MARGIN : Math.max(Math.abs(dataMax) * MARGIN, 1e-3);
        double low = dataMin - pad;
        double high = dataMax + pad;
        tickUnit = Ticks.step(low, high, TARGET_TICKS);
        // Losses and accuracies are never negative: no axis below 0 for them.
        lower = Math.floor((dataMin >= 0 ? Math.max(low, 0) : low) / tickUnit) * tickUnit;
        upper = Math.ceil(high / tickUnit) * tickUnit;
        return true;
    }

    /** Forgets the range: the next update fits the data afresh. */
    public void reset() {
        lower = Double.NaN;
        upper = Double.NaN;
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    public double tickUnit() {
        return tickUnit;
    }
}
