package org.gradientlab.ui.training;

import java.util.Locale;

import javafx.util.StringConverter;

/** Tick labels for an axis of log₁₀ values: 10^k with superscript digits, else the power's value. */
final class PowerOfTen extends StringConverter<Number> {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    @Override
    public String toString(Number value) {
        double v = value.doubleValue();
        long k = Math.round(v);
        if (Math.abs(v - k) < 1e-9) {
            return "10" + superscript(k);
        }
        return String.format(Locale.ROOT, "%.2g", Math.pow(10, v));
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException();
    }

    static String superscript(long exponent) {
        StringBuilder out = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Long.toString(Math.abs(exponent)).toCharArray()) {
            out.append(DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
