package org.gradientlab.ui.kit.plot;

/**
 * The y axis of a {@link CurvePlot}: fixed, following the data with hysteresis
 * ({@link AxisRange}, the default), or fitted to the points past a fraction of the x axis,
 * optionally clipped at a multiple of the first value.
 */
final class CurveRange {
    private final AxisRange follow = new AxisRange();
    private boolean fixed;
    private double fitFrom = Double.NaN;
    private double headroom = 1.05;
    private double emptyTop = 1;
    private double clipFactor = Double.NaN;
    double low;
    double high = 1;
    /** The tick step, or NaN for as many as fit. */
    double tick = 0.2;

    void fix(double lower, double upper, double tickUnit) {
        fixed = true;
        fitFrom = Double.NaN;
        low = lower;
        high = upper;
        tick = tickUnit;
    }

    void fit(double tailFrom, double headroomFactor, double top) {
        fixed = false;
        fitFrom = tailFrom;
        headroom = headroomFactor;
        emptyTop = top;
    }

    void clipAbove(double factor) {
        clipFactor = factor;
    }

    boolean clipped() {
        return !Double.isNaN(clipFactor);
    }

    /** Forgets a followed range: the next update fits the data afresh. */
    void reset() {
        follow.reset();
    }

    /**
     * Sets the range for {@code set}, whose shown points span {@code shown} = {min, max};
     * returns whether it moved.
     */
    boolean update(CurveSet set, double[] shown, boolean log, double xMin, double xMax) {
        double newLow = low;
        double newHigh = high;
        double newTick = tick;
        if (!Double.isNaN(fitFrom) && log) {
            // On a log axis 0 lies at −∞: the fit spans the shown decades, rounded out to its ticks.
            if (Double.isFinite(shown[0]) && Double.isFinite(shown[1])) {
                double pad = Math.max((shown[1] - shown[0]) * AxisRange.MARGIN, 0.05);
                newTick = Math.max(Ticks.step(shown[0] - pad, shown[1] + pad, AxisRange.TARGET_TICKS),
                        LogTicks.MIN_STEP);
                newLow = Math.floor((shown[0] - pad) / newTick) * newTick;
                newHigh = Math.ceil((shown[1] + pad) / newTick) * newTick;
            } else {
                newLow = -1;
                newHigh = Math.log10(emptyTop);
                newTick = 1;
            }
        } else if (!Double.isNaN(fitFrom)) {
            double top = set.highest(xMin + fitFrom * (xMax - xMin), clipCap(set));
            newLow = 0;
            // The headroom must not overflow: a schedule accepts any finite α0, up to Double.MAX_VALUE.
            newHigh = top > 0 ? Math.min(top * headroom, Double.MAX_VALUE) : emptyTop;
            newTick = Double.NaN;
        } else if (!fixed) {
            if (follow.update(shown[0], shown[1]) || !Double.isNaN(follow.lower())) {
                newLow = follow.lower();
                newHigh = follow.upper();
                newTick = log ? Math.max(follow.tickUnit(), LogTicks.MIN_STEP) : follow.tickUnit();
            } else {
                // Until data arrive: a loss or accuracy scale.
                newLow = 0;
                newHigh = 1;
                newTick = 0.2;
            }
        }
        boolean moved = newLow != low || newHigh != high || Double.compare(newTick, tick) != 0;
        low = newLow;
        high = newHigh;
        tick = newTick;
        return moved;
    }

    /** The clip: factor × the first value of the first curve, or +∞. */
    private double clipCap(CurveSet set) {
        if (!clipped() || set.curves.isEmpty() || set.curves.get(0).data.size() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double first = set.curves.get(0).data.y(0);
        return Double.isFinite(first) ? clipFactor * first : Double.POSITIVE_INFINITY;
    }
}
