package org.gradientlab.ui.kit.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the UI writes a number, the one rule for every lab: a true minus sign (U+2212),
 * {@value #DIGITS} significant digits (fewer when the rest are zeros, never fewer than the whole
 * part), thousands grouped with commas (as MessageFormat writes counts), and scientific notation as "1.5 × 10⁻⁷"
 * outside [10⁻³, 10⁶). NaN stays "NaN" and infinities are "∞" and "−∞".
 *
 * <p>An editable field shows {@link #plain}: every digit, no grouping, so that the input kit's
 * Parsers read it back; its minus is the same true minus. CSV files and the command line are
 * written by the core and the CLI in ASCII, never through this class.
 */
public final class Num {
    /** Significant digits when a caller does not say. */
    public static final int DIGITS = 4;
    public static final char MINUS = '\u2212';
    private static final double PLAIN_MIN = 1e-3;
    private static final double PLAIN_MAX = 1e6;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Num() {}

    /** {@code value} with {@value #DIGITS} significant digits: 0.07, −6.335, 12,346, 1.5 × 10⁻⁷. */
    public static String format(double value) {
        return format(value, DIGITS);
    }

    /** {@code value} with {@code digits} significant digits (at least 1). */
    public static String format(double value, int digits) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
            BigDecimal exact = new BigDecimal(value);
            // Rounding to significant digits would turn 123456 into 123500; keep the whole part.
            int wholeDigits = exact.precision() - exact.scale();
            BigDecimal rounded = exact.round(new MathContext(Math.max(digits, wholeDigits), RoundingMode.HALF_UP));
            if (Math.abs(rounded.doubleValue()) < PLAIN_MAX) {
                return signed(grouped(rounded.stripTrailingZeros().toPlainString()));
            }
        }
        return scientific(value, digits);
    }

    /** {@code value} with exactly {@code decimals} decimals: fixed(−0.5, 2) is "−0.50", fixed(−0.001, 2) "0.00". */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return signed(grouped(rounded.toPlainString()));
    }

    /** At most {@code decimals} decimals, no trailing zeros: upTo(0.0100, 3) is "0.01", upTo(−0.5, 3) "−0.5", upTo(1, 3) "1". */
    public static String upTo(double value, int decimals) {
        String text = fixed(value, decimals);
        if (text.indexOf('.') >= 0) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals(MINUS + "0") ? "0" : text;
    }

    /** A share as a percentage with three significant digits: 33.3%, 2.5%, 100%, and &lt;0.1% for a sliver. */
    public static String percent(double share) {
        double p = 100 * share;
        if (p > 0 && p < 0.1) {
            return "<0.1%";
        }
        return format(p, 3) + "%";
    }

    /** A share as a percentage with {@code decimals} decimals: percent(0.9731, 1) is "97.3%". */
    public static String percent(double share, int decimals) {
        return fixed(100 * share, decimals) + "%";
    }

    /** A count: 8,000; −12. */
    public static String integer(long value) {
        return signed(grouped(Long.toString(value)));
    }

    /** As {@link #format}, in parentheses when negative, for use after an operator: 0.9·(−0.4). */
    public static String operand(double value) {
        String text = format(value);
        return value < 0 ? "(" + text + ")" : text;
    }

    /** Elapsed or remaining time: 0:15, 12:03, 1:02:03. */
    public static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s >= 3600 ? (s / 3600) + ":" + two(s / 60 % 60) + ":" + two(s % 60) : (s / 60) + ":" + two(s % 60);
    }

    /**
     * Every digit of {@code value}, ungrouped, for a text field the user edits: 0.95, 0.001, −7,
     * 99999999 (never 9.9999999E7), 1E-12 only below 10⁻⁹. The input kit's Parsers read it back
     * exactly (they take the true minus for '-').
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal shortest = BigDecimal.valueOf(value).stripTrailingZeros();
        double magnitude = Math.abs(value);
        String ascii = magnitude != 0 && (magnitude < 1e-9 || magnitude >= 1e15) ? shortest.toString()
                : shortest.signum() == 0 ? "0" : shortest.toPlainString();
        // The sign a person reads is the true minus; a rare exponent keeps Java's form (1E-12).
        return ascii.startsWith("-") ? MINUS + ascii.substring(1) : ascii;
    }

    /** {@code value} rounded to 3 significant digits, so a slider gives 0.237 rather than 0.2371894. */
    public static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(3)).doubleValue();
    }

    /** 10 raised to {@code exponent} with superscript digits: 10⁻³, 10⁶. */
    public static String powerOfTen(int exponent) {
        return "10" + superscript(exponent);
    }

    /**
     * {@code value} as a power of ten at any magnitude, with {@code digits} significant digits: a
     * mantissa that rounds to 1 is left out (10⁻³, not 1 × 10⁻³), else 3.2 × 10⁻³. For a log axis
     * whose ticks all read as powers.
     */
    public static String powerForm(double value, int digits) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        if (value == 0) {
            return "0";
        }
        return scientific(value, digits, true);
    }

    private static String scientific(double value, int digits) {
        return scientific(value, digits, false);
    }

    private static String scientific(double value, int digits, boolean bareDecade) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP));
        // After rounding, 9.9996e−4 is 1.000e−3: the exponent comes from the rounded value.
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        if (bareDecade && mantissa.compareTo(BigDecimal.ONE) == 0) {
            return powerOfTen(exponent);
        }
        return signed(mantissa.toPlainString()) + " × " + powerOfTen(exponent);
    }

    private static String superscript(int exponent) {
        StringBuilder text = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return text.toString();
    }

    private static String nonFinite(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : MINUS + "∞";
    }

    private static String signed(String ascii) {
        return ascii.replace('-', MINUS);
    }

    /** "12345.6" → "12,345.6", as MessageFormat writes counts in both languages. */
    private static String grouped(String ascii) {
        int start = ascii.startsWith("-") ? 1 : 0;
        int point = ascii.indexOf('.');
        int end = point < 0 ? ascii.length() : point;
        if (end - start <= 3) {
            return ascii;
        }
        StringBuilder text = new StringBuilder(ascii.substring(0, start));
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                text.append(',');
            }
            text.append(ascii.charAt(i));
        }
        return text.append(ascii, end, ascii.length()).toString();
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }
}
