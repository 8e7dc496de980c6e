package org.gradientlab.ui.optimizer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the lab writes numbers: a few significant digits, a true minus sign, exact text for fields. */
final class Numbers {
    private static final char MINUS = '\u2212';

    private Numbers() {}

    /** {@code value} with 4 significant digits for reading: 0.07, −6.335, 1.2e+05. */
    static String show(double value) {
        return show(value, 4);
    }

    static String show(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : MINUS + "∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        String text;
        if (magnitude >= 1e5 || magnitude < 1e-4) {
            text = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
        } else {
            text = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        }
        return text.replace('-', MINUS);
    }

    /** As {@link #show}, in parentheses when negative, for use after an operator: 0.9·(−0.4). */
    static String operand(double value) {
        String text = show(value);
        return value < 0 ? "(" + text + ")" : text;
    }

    /** The shortest plain text that reads back as {@code value}, for a text field: 0.95, 0.001. */
    static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code value} rounded to 3 significant digits, so a slider gives 0.237 rather than 0.2371894. */
    static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(3)).doubleValue();
    }
}
