package org.gradientlab.ui.init;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the lab writes numbers: three significant digits, no exponent between 0.001 and 10⁴. */
final class Numbers {
    private Numbers() {}

    /** A statistic: 0.775, 0.0127, 58.3, 1.2e-05; NaN and infinities as ∞ / NaN. */
    static String stat(double value) {
        return significant(value, 3);
    }

    /** An axis end: 0, 1, −1, 4, 0.0032 (two significant digits). */
    static String tick(double value) {
        return significant(value, 2);
    }

    /** A share as a percentage: 33%, 2.5%, 0.1%, &lt;0.1%. */
    static String percent(double share) {
        double p = 100 * share;
        if (p == 0) {
            return "0%";
        }
        if (p < 0.1) {
            return "<0.1%";
        }
        return (p < 10 ? String.format(Locale.ROOT, "%.1f", p) : String.format(Locale.ROOT, "%.0f", p)) + "%";
    }

    private static String significant(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        String text;
        if (magnitude >= 1e-3 && magnitude < 1e4) {
            text = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        } else {
            text = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
        }
        return text.replace('-', '−');
    }
}
