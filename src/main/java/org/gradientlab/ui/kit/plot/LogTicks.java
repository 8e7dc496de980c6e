package org.gradientlab.ui.kit.plot;

import org.gradientlab.ui.kit.text.Num;

/**
 * Labels for an axis that plots log₁₀ of the data: a whole power reads 10^k with superscript
 * digits, anything between reads the power's value ("3.2" at 0.5).
 */
public final class LogTicks {
    /** No finer than half a decade: labels 10⁻², 3.2·10⁻²… would crowd a short axis. */
    public static final double MIN_STEP = 0.5;

    private LogTicks() {}

    /** The label at {@code exponent} on a log₁₀ axis. */
    public static String label(double exponent) {
        long k = Math.round(exponent);
        if (Math.abs(exponent - k) < 1e-9) {
            return Num.powerOfTen((int) k);
        }
        return Num.format(Math.pow(10, exponent), 2);
    }
}
