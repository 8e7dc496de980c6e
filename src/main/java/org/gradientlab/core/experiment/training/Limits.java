package org.gradientlab.core.experiment.training;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** The range checks the experiment configs share, each failing with the parameter's name. */
final class Limits {
    private Limits() {}

    static void requireIn(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }

    /** A copy of {@code values}: 1 to {@code max} of them, no null, no repeat. */
    static <T> List<T> distinct(String name, List<T> values, int max) {
        Objects.requireNonNull(values, name);
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty() || copy.size() > max) {
            throw new IllegalArgumentException(name + " must hold 1 to " + max + " values, got " + copy.size());
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(name + " must not repeat a value, got " + copy);
        }
        return copy;
    }
}
