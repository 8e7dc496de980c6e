package org.gradientlab.ui.kit.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleFunction;

import org.gradientlab.ui.kit.text.Num;

/**
 * How an axis that plots log₁₀ of the data writes its numbers: one form for the whole axis,
 * chosen from its range ({@link #forAxis}), so its ticks and the hover read-out of its values
 * read alike. An axis over 2 or more decades writes powers of ten, as {@link Num} writes its
 * scientific form: 10⁻³ at a decade, 3.2 × 10⁻³ between; a shorter one writes plain numbers,
 * 0.32, 1, 3.2 (never 10⁰ beside 3.2).
 */
public final class LogTicks {
    /** No finer than half a decade: labels 10⁻², 3.2·10⁻²… would crowd a short axis. */
    public static final double MIN_STEP = 0.5;
    /** An axis over at least this many decades writes powers of ten. */
    public static final double POWER_DECADES = 2;
    /** Significant digits of a tick label; a read-out value keeps {@link Num#DIGITS}. */
    private static final int TICK_DIGITS = 2;
    /** Where {@link Num#format} writes plain numbers. */
    private static final double PLAIN_MIN = 1e-3;
    private static final double PLAIN_MAX = 1e6;

    private final boolean powers;

    private LogTicks(boolean powers) {
        this.powers = powers;
    }

    /** The form of an axis from log₁₀ {@code low} to log₁₀ {@code high}. */
    public static LogTicks forAxis(double low, double high) {
        return new LogTicks(Math.abs(high - low) >= POWER_DECADES - 1e-9);
    }

    /** Whether this axis writes powers of ten (it spans 2 or more decades). */
    public boolean powers() {
        return powers;
    }

    /** The tick label at {@code exponent}: 10⁻³ or 3.2 × 10⁻³ on a powers axis, 0.001 or 0.0032 on a plain one. */
    public String tick(double exponent) {
        return write(Math.pow(10, exponent), TICK_DIGITS);
    }

    /** {@link #tick} as a function, for {@link Axes#paint}. */
    public DoubleFunction<String> ticks() {
        return this::tick;
    }

    /** A data value (not its log) as this axis's hover read-out writes it, with {@link Num#DIGITS} digits. */
    public String value(double value) {
        return write(value, Num.DIGITS);
    }

    private String write(double value, int digits) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return Num.format(value, digits);
        }
        if (powers) {
            return Num.powerForm(value, digits);
        }
        // Plain: Num's own form where it writes plain numbers; outside it, never a power either.
        if (value >= PLAIN_MIN && value < PLAIN_MAX) {
            return Num.format(value, digits);
        }
        // Rounded first, so 9.9996 × 10⁻⁴ keeps the decimals of 10⁻³.
        double rounded = new BigDecimal(value).round(new MathContext(digits)).doubleValue();
        int exponent = (int) Math.floor(Math.log10(rounded) + 1e-12);
        return Num.upTo(rounded, Math.max(0, digits - 1 - exponent));
    }
}
