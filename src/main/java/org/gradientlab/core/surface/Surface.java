package org.gradientlab.core.surface;

import java.util.List;

/** A function of two variables that an optimizer descends in the 2-D lab. */
public interface Surface {

    /** The command-line name ("book", "rosenbrock", ...) or the expression as typed. */
    String id();

    double value(double x, double y);

    /** ∇f = (∂f/∂x, ∂f/∂y). */
    Vec2 gradient(double x, double y);

    /** Points where f is smallest, empty where f has no minimum (the saddle) or none is known. */
    List<Vec2> minima();

    /** A view that shows the interesting part of the surface. */
    ViewRect view();

    /**
     * ∇f by central differences, (f(x+h) − f(x−h)) / 2h per coordinate, error O(h²). h scales
     * with |x| and sits near the cube root of machine ε, where truncation and rounding balance.
     */
    default Vec2 numericGradient(double x, double y) {
        double hx = 1e-5 * Math.max(1, Math.abs(x));
        double hy = 1e-5 * Math.max(1, Math.abs(y));
        return new Vec2((value(x + hx, y) - value(x - hx, y)) / (2 * hx),
                (value(x, y + hy) - value(x, y - hy)) / (2 * hy));
    }
}
