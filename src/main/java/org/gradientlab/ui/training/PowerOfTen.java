package org.gradientlab.ui.training;

import javafx.util.StringConverter;

import org.gradientlab.ui.kit.text.Num;

/** Tick labels for an axis of log₁₀ values: 10^k with superscript digits, else the power's value. */
final class PowerOfTen extends StringConverter<Number> {

    @Override
    public String toString(Number value) {
        double v = value.doubleValue();
        long k = Math.round(v);
        if (Math.abs(v - k) < 1e-9) {
            return Num.powerOfTen((int) k);
        }
        return Num.format(Math.pow(10, v), 2);
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException();
    }
}
