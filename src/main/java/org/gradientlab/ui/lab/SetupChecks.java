package org.gradientlab.ui.lab;

import java.util.List;
import java.util.function.Function;

/**
 * The checks a setup record's compact constructor makes, each naming the field, because a
 * scene file feeds them: "learningRate must be in [1e-300, 100], got NaN".
 */
public final class SetupChecks {
    private SetupChecks() {}

    /** {@code value} is finite and in [min, max]. */
    public static double in(String field, double value, double min, double max) {
        if (!(Double.isFinite(value) && value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be a finite number in [" + min + ", " + max
                    + "], got " + value);
        }
        return value;
    }

    /** {@code value} is in [min, max]. */
    public static long in(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    /** {@code value} is not null: a field left out of a file is bad input, not a bug. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    /**
     * The thing {@code id} names, read by {@code parse} (which throws IllegalArgumentException
     * for an unknown id); its message is kept after the field's name.
     */
    public static <T> T known(String field, String id, Function<String, T> parse) {
        present(field, id);
        try {
            return parse.apply(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown '" + id + "' (" + e.getMessage() + ")", e);
        }
    }

    /** {@code id} is one of {@code ids}. */
    public static String oneOf(String field, String id, List<String> ids) {
        present(field, id);
        if (!ids.contains(id)) {
            throw new IllegalArgumentException(field + ": unknown '" + id + "', expected one of "
                    + String.join(", ", ids));
        }
        return id;
    }
}
