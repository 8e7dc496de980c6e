package org.gradientlab.core.experiment.landscape;

import java.util.List;

import org.gradientlab.core.surface.Surface;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.ViewRect;

/**
 * A measured loss grid as a surface: bilinear between the grid's points, so a contour map can
 * sample it finer than it was measured ({@code ContourGrid.sample}) and draw round rings instead
 * of the grid's staircase. Outside the grid it holds the value of the nearest edge.
 */
public final class GridSurface implements Surface {
    private final LandscapeResult.Grid grid;

    public GridSurface(LandscapeResult.Grid grid) {
        if (grid.xs().length < 2 || grid.ys().length < 2) {
            throw new IllegalArgumentException("a grid needs at least 2×2 points");
        }
        this.grid = grid;
    }

    @Override
    public String id() {
        return "loss";
    }

    /** The loss at (x, y): exact at a grid point, bilinear in the cell around it, NaN beside a non-finite loss. */
    @Override
    public double value(double x, double y) {
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        double fx = position(xs, x);
        double fy = position(ys, y);
        int c = Math.min((int) fx, xs.length - 2);
        int r = Math.min((int) fy, ys.length - 2);
        double u = fx - c;
        double v = fy - r;
        double[][] f = grid.losses();
        // A corner of weight 0 is skipped, so a NaN neighbour does not leak into a grid point or edge.
        return corner(f[r][c], (1 - u) * (1 - v)) + corner(f[r][c + 1], u * (1 - v))
                + corner(f[r + 1][c], (1 - u) * v) + corner(f[r + 1][c + 1], u * v);
    }

    private static double corner(double value, double weight) {
        return weight == 0 ? 0 : value * weight;
    }

    /** Index of {@code value} in the evenly spaced {@code axis} as a real number in [0, n−1]. */
    private static double position(double[] axis, double value) {
        int last = axis.length - 1;
        double at = (value - axis[0]) / (axis[last] - axis[0]) * last;
        return Math.max(0, Math.min(last, at));
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return numericGradient(x, y);
    }

    @Override
    public List<Vec2> minima() {
        return List.of();
    }

    /** The grid's extent. */
    @Override
    public ViewRect view() {
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        return new ViewRect(xs[0], xs[xs.length - 1], ys[0], ys[ys.length - 1]);
    }
}
