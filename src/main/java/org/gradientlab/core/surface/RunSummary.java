package org.gradientlab.core.surface;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How one run ended, for the lab's results table.
 *
 * @param finalF            f at the last finite point; NaN when f was not finite even at the start
 * @param distanceToMinimum from the last point to the nearest known minimum; empty when the
 *                          surface has none (the saddle, a typed formula)
 * @param firstStepBelow    the first step with f &lt; {@code threshold}; empty when never reached
 * @param divergedAt        the step at which the run blew up, as {@link Trajectory#divergedAt()}
 */
public record RunSummary(double finalF, OptionalDouble distanceToMinimum, OptionalInt firstStepBelow,
                         OptionalInt divergedAt) {

    /** The "reached the minimum" line of the table: f &lt; 1e-3. */
    public static final double TARGET = 1e-3;

    public static RunSummary of(Trajectory trajectory) {
        return of(trajectory, TARGET);
    }

    public static RunSummary of(Trajectory trajectory, double threshold) {
        if (trajectory.points().isEmpty()) {
            return new RunSummary(Double.NaN, OptionalDouble.empty(), OptionalInt.empty(), trajectory.divergedAt());
        }
        TrajectoryPoint last = trajectory.last();
        OptionalDouble distance = OptionalDouble.empty();
        for (Vec2 minimum : trajectory.settings().surface().minima()) {
            double d = Math.hypot(last.x() - minimum.x(), last.y() - minimum.y());
            if (distance.isEmpty() || d < distance.getAsDouble()) {
                distance = OptionalDouble.of(d);
            }
        }
        OptionalInt below = OptionalInt.empty();
        for (TrajectoryPoint p : trajectory.points()) {
            if (p.f() < threshold) {
                below = OptionalInt.of(p.step());
                break;
            }
        }
        return new RunSummary(last.f(), distance, below, trajectory.divergedAt());
    }
}
