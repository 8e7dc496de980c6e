package org.gradientlab.core.surface;

import org.gradientlab.core.optim.OptimizerState;

/**
 * The point after {@code step} updates (0 = the start), f and ∇f there, and the optimizer's
 * state after the update that led here (at step 0 the fresh, empty state).
 */
public record TrajectoryPoint(int step, double x, double y, double f, Vec2 gradient, OptimizerState state) {
}
