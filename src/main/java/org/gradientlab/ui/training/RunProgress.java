package org.gradientlab.ui.training;

/** Iterations done of the total, the bar's fill, and the smoothed speed (NaN before it is known). */
record RunProgress(long done, long total, double fraction, double perSecond, double secondsLeft) {
    static final RunProgress NONE = new RunProgress(0, 0, 0, Double.NaN, Double.NaN);
}
