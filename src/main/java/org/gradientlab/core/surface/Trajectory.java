package org.gradientlab.core.surface;

import java.util.List;
import java.util.OptionalInt;

/**
 * The path of one run: points 0..steps, or, when it diverged, the points before the step at
 * which it did ({@link TrajectoryRunner#DIVERGENCE_LIMIT}).
 */
public record Trajectory(TrajectorySettings settings, List<TrajectoryPoint> points, OptionalInt divergedAt) {

    public Trajectory {
        points = List.copyOf(points);
    }

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
