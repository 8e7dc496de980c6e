package org.gradientlab.core.concepts.activations;

import java.util.Objects;

/**
 * An interval of x where a function passes little or no gradient back.
 *
 * @param from first sample x of the run
 * @param to   last sample x of the run, ≥ from
 */
public record Region(Kind kind, double from, double to) {
    public enum Kind {
        /** 0 &lt; |f′| &lt; {@link Regions#SATURATION_FRACTION} of the largest |f′|, on a side where f flattens. */
        SATURATED,
        /** f′ = 0 exactly: no gradient at all. */
        DEAD
    }

    public Region {
        Objects.requireNonNull(kind, "kind");
        if (!(from <= to)) {
            throw new IllegalArgumentException("region must have from <= to, got [" + from + ", " + to + "]");
        }
    }

    public boolean contains(double x) {
        return x >= from && x <= to;
    }
}
