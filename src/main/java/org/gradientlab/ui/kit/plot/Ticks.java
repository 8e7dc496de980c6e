package org.gradientlab.ui.kit.plot;

import org.gradientlab.ui.kit.text.Num;

/** Axis tick positions at round numbers (1, 2 or 5 times a power of ten) and their labels. */
public final class Ticks {
    private Ticks() {}

    /** The round step that puts at most about {@code target} ticks in [min, max]. */
    public static double step(double min, double max, int target) {
        double raw = (max - min) / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normalized = raw / magnitude;
        double nice = normalized < 1.5 ? 1 : normalized < 3 ? 2 : normalized < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /** Multiples of {@code step} within [min, max]. */
    public static double[] values(double min, double max, double step) {
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        int count = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            // Multiplying, not accumulating, keeps 0.1·3 from drifting to 0.30000000000000004 − ε.
            out[i] = (first + i) * step;
        }
        return out;
    }

    /**
     * The label of a tick: as many decimals as the step needs (0.25 needs two, or its ticks read
     * 0.3 and 0.8), a true minus sign, no "−0".
     */
    public static String label(double value, double step) {
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        while (decimals < 12) {
            double scaled = step * Math.pow(10, decimals);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                break;
            }
            decimals++;
        }
        return Num.fixed(value, decimals);
    }
}
