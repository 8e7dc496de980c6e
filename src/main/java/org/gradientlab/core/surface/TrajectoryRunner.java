package org.gradientlab.core.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

import org.gradientlab.core.optim.ElementwiseOptimizer;
import org.gradientlab.core.optim.Parameter;
import org.gradientlab.core.optim.Values;

/** Runs an optimizer on a surface as ch06/optimizer_compare_naive.py does. */
public final class TrajectoryRunner {

    /**
     * A run stops at the first step where x, y or f is not finite or |f| exceeds this (below
     * −limit it is the surface's floor giving way, not a blow-up: {@link Trajectory.Ending}).
     * Past it a point is far off any view, and overflow follows within a few dozen steps
     * (SGD lr 1.1 on the book's f multiplies y by −1.2 per step and passes it at step 72).
     */
    public static final double DIVERGENCE_LIMIT = 1e12;

    private TrajectoryRunner() {
    }

    /** Never throws for numeric blow-up: that ends the trajectory with {@code divergedAt}. */
    public static Trajectory run(TrajectorySettings settings) {
        Surface surface = settings.surface();
        ElementwiseOptimizer optimizer = settings.optimizer().create();
        // Two scalar parameters named as the book's params['x'], params['y'].
        double[] x = {settings.start().x()};
        double[] y = {settings.start().y()};
        double[] gradientX = new double[1];
        double[] gradientY = new double[1];
        List<Parameter> parameters = List.of(new Parameter("x", Values.of(x), Values.of(gradientX)),
                new Parameter("y", Values.of(y), Values.of(gradientY)));

        Random noise = settings.noise().source();
        double sigma = settings.noise().sigma();
        List<TrajectoryPoint> points = new ArrayList<>(settings.steps() + 1);
        for (int step = 0; step <= settings.steps(); step++) {
            double f = surface.value(x[0], y[0]);
            if (!(Double.isFinite(x[0]) && Double.isFinite(y[0]) && Math.abs(f) <= DIVERGENCE_LIMIT)) {
                return new Trajectory(settings, points, OptionalInt.of(step), ending(x[0], y[0], f));
            }
            Vec2 gradient = surface.gradient(x[0], y[0]);
            if (noise != null) {
                // The point keeps the gradient the optimizer saw, so the update it shows adds up.
                gradient = new Vec2(gradient.x() + sigma * noise.nextGaussian(), gradient.y() + sigma * noise.nextGaussian());
            }
            points.add(new TrajectoryPoint(step, x[0], y[0], f, gradient, optimizer.state()));
            gradientX[0] = gradient.x();
            gradientY[0] = gradient.y();
            if (step < settings.steps()) {
                optimizer.update(parameters);
            }
        }
        return new Trajectory(settings, points, OptionalInt.empty(), Trajectory.Ending.FINISHED);
    }

    /** Why a point stopped the run: f's floor gave way, f is undefined there, or the run blew up. */
    private static Trajectory.Ending ending(double x, double y, double f) {
        boolean coordinatesFinite = Double.isFinite(x) && Double.isFinite(y);
        if (coordinatesFinite && f < -DIVERGENCE_LIMIT) {
            return Trajectory.Ending.UNBOUNDED;
        }
        if (coordinatesFinite && Double.isNaN(f)) {
            return Trajectory.Ending.UNDEFINED;
        }
        return Trajectory.Ending.DIVERGED;
    }
}
