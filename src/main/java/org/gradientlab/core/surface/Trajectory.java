package org.gradientlab.core.surface;

import java.util.List;
import java.util.OptionalInt;

/**
 * The path of one run: points 0..steps, or, when it stopped early, the points before the step at
 * which it did ({@link TrajectoryRunner#DIVERGENCE_LIMIT}), and why.
 *
 * @param divergedAt the step at which the run stopped early; empty when it ran all its steps
 * @param ending     why it ended; {@link Ending#FINISHED} exactly when {@code divergedAt} is empty
 */
public record Trajectory(TrajectorySettings settings, List<TrajectoryPoint> points, OptionalInt divergedAt,
                         Ending ending) {

    /** How a run ended. The results table words each differently: they mean different things. */
    public enum Ending {
        /** Ran every step with f finite. */
        FINISHED,
        /** |f| or a coordinate grew past the limit upwards, or turned NaN after growing: a blow-up. */
        DIVERGED,
        /** f fell below −limit: the surface has no floor there (f = x + y², f = −x²), not a blow-up. */
        UNBOUNDED,
        /** f stopped being a number where the coordinates are finite: outside f's domain (log x at x ≤ 0). */
        UNDEFINED
    }

    public Trajectory {
        points = List.copyOf(points);
        if (divergedAt.isPresent() == (ending == Ending.FINISHED)) {
            throw new IllegalArgumentException("ending " + ending + " does not fit divergedAt " + divergedAt);
        }
    }

    /** Undefined already at the start point: no step was taken. */
    public boolean undefinedAtStart() {
        return ending == Ending.UNDEFINED && divergedAt.orElse(-1) == 0;
    }

    /** Stopped early, for whatever {@link #ending()}. */
    public boolean diverged() {
        return divergedAt.isPresent();
    }

    public TrajectoryPoint point(int step) {
        return points.get(step);
    }

    /** The last finite point (the start when the very first step diverged). */
    public TrajectoryPoint last() {
        return points.get(points.size() - 1);
    }
}
