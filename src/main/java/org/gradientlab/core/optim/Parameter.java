package org.gradientlab.core.optim;

import java.util.Objects;

/**
 * One named parameter and its gradient, as the book's {@code params[key]} and {@code grads[key]}.
 * The optimizer keeps its state (v, h, m, ...) per name, so names must be stable across steps.
 */
public record Parameter(String name, Values value, Values gradient) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        if (value.size() != gradient.size()) {
            throw new IllegalArgumentException("parameter " + name + ": " + value.size()
                    + " values but " + gradient.size() + " gradients");
        }
    }
}
