package org.gradientlab.core.surface;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How one run ended, for the lab's results table.
 *
 * @param finalF            f at the last finite point; NaN when f was not finite even at the start
 * @param distanceToMinimum from the last point to the nearest known minimum; empty when the
 *                          surface has none (the saddle, a typed formula)
 * @param firstStepBelow    the first step with f − f* &lt; {@code threshold}, f* the value at the
 *                          known minima; empty when never reached or when no minimum is known
 *                          (then "f &lt; 0.001" would mean nothing: a typed x² + y² + 5 never gets
 *                          there, f = x + y² gets there on its way to −∞)
 * @param divergedAt        the step at which the run stopped early, as {@link Trajectory#divergedAt()}
 * @param ending            why it ended, as {@link Trajectory#ending()}
 * @param lowestKnownF      f* = the lowest f at the surface's known minima; empty when none is known
 */
public record RunSummary(double finalF, OptionalDouble distanceToMinimum, OptionalInt firstStepBelow,
                         OptionalInt divergedAt, Trajectory.Ending ending, OptionalDouble lowestKnownF) {

    /** The "reached the minimum" line of the table: f − f* &lt; 1e-3. */
    public static final double TARGET = 1e-3;

    /** Whether the surface has a known minimum to measure against (distance and "reached"). */
    public boolean minimumKnown() {
        return distanceToMinimum.isPresent();
    }

    public static RunSummary of(Trajectory trajectory) {
        return of(trajectory, TARGET);
    }

    public static RunSummary of(Trajectory trajectory, double threshold) {
        if (trajectory.points().isEmpty()) {
            return new RunSummary(Double.NaN, OptionalDouble.empty(), OptionalInt.empty(), trajectory.divergedAt(),
                    trajectory.ending(), OptionalDouble.empty());
        }
        TrajectoryPoint last = trajectory.last();
        Surface surface = trajectory.settings().surface();
        OptionalDouble distance = OptionalDouble.empty();
        double lowest = Double.POSITIVE_INFINITY;
        for (Vec2 minimum : surface.minima()) {
            double d = Math.hypot(last.x() - minimum.x(), last.y() - minimum.y());
            if (distance.isEmpty() || d < distance.getAsDouble()) {
                distance = OptionalDouble.of(d);
            }
            lowest = Math.min(lowest, surface.value(minimum.x(), minimum.y()));
        }
        OptionalInt below = OptionalInt.empty();
        for (TrajectoryPoint p : distance.isPresent() ? trajectory.points() : List.<TrajectoryPoint>of()) {
            if (p.f() - lowest < threshold) {
                below = OptionalInt.of(p.step());
                break;
            }
        }
        return new RunSummary(last.f(), distance, below, trajectory.divergedAt(), trajectory.ending(),
                distance.isPresent() ? OptionalDouble.of(lowest) : OptionalDouble.empty());
    }
}
