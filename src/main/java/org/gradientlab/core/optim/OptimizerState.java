package org.gradientlab.core.optim;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A copy of an optimizer's state after {@code step} updates, for display. Nothing here changes
 * when the optimizer moves on.
 *
 * @param kind    which optimizer
 * @param step    t, the number of update() calls so far
 * @param scalars state shared by all parameters, e.g. Adam's "lr_t" (absent before step 1)
 * @param slots   per parameter, in first-seen order: the state arrays (v, h, m, ...) and, for the
 *                adaptive optimizers, "step_size", the factor that multiplied g (or Adam's m) in
 *                the last update; empty before the first update
 */
public record OptimizerState(OptimizerKind kind, long step, Map<String, Double> scalars, List<Slot> slots) {

    /** Slot name of the effective per-coordinate step size: lr/(√h+1e-7), Adam lr_t/(√v+1e-7). */
    public static final String STEP_SIZE = "step_size";

    public OptimizerState {
        Objects.requireNonNull(kind, "kind");
        scalars = Map.copyOf(scalars);
        slots = List.copyOf(slots);
    }

    /** The slot {@code name} ("v", "h", "m", "step_size") of parameter {@code parameter}. */
    public Slot slot(String parameter, String name) {
        for (Slot slot : slots) {
            if (slot.parameter().equals(parameter) && slot.name().equals(name)) {
                return slot;
            }
        }
        throw new IllegalArgumentException(kind.id() + " at step " + step + " has no slot " + name
                + " for parameter " + parameter);
    }

    /** One named state array of one parameter, copied from the optimizer. */
    public record Slot(String parameter, String name, double[] values) {
        public Slot {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(name, "name");
            values = values.clone();
        }

        /** A copy; use {@link #get(int)} to read without copying. */
        @Override
        public double[] values() {
            return values.clone();
        }

        public double get(int i) {
            return values[i];
        }

        public int size() {
            return values.length;
        }
    }
}
