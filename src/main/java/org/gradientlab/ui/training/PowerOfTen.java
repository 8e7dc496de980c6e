package org.gradientlab.ui.training;

import javafx.util.StringConverter;

import org.gradientlab.ui.kit.plot.LogTicks;

/** The trial scatter's tick labels for its axes of log₁₀ values, as the curve plot's log axis writes them. */
final class PowerOfTen extends StringConverter<Number> {

    @Override
    public String toString(Number value) {
        return LogTicks.label(value.doubleValue());
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException();
    }
}
