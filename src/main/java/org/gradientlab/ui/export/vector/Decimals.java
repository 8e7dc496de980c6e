package org.gradientlab.ui.export.vector;

/**
 * Numbers in a vector file: two decimals are a hundredth of a pixel, finer than any screen or
 * printer shows, and trailing zeros go ("12", "3.5"), which keeps a contour figure small.
 */
final class Decimals {
    private Decimals() {}

    static StringBuilder append(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            return out.append('0');
        }
        long hundredths = Math.round(value * 100);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.append('.');
            if (fraction < 10) {
                out.append('0').append(fraction);
            } else {
                out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
        }
        return out;
    }

    static String format(double value) {
        return append(new StringBuilder(), value).toString();
    }
}
