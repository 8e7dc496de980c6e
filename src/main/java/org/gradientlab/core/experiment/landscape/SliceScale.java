package org.gradientlab.core.experiment.landscape;

import java.util.List;

import org.gradientlab.core.surface.ContourGrid;
import org.gradientlab.core.surface.ViewRect;

/**
 * What slices drawn side by side share, so equal colours and rings mean equal losses and equal
 * distances look equal: the union of their extents and the joint range of their finite losses.
 *
 * @param view the smallest rectangle holding every grid
 * @param min  the smallest finite loss of all grids, NaN when none is finite
 * @param max  the largest finite loss of all grids, NaN when none is finite
 */
public record SliceScale(ViewRect view, double min, double max) {

    /** The scale of {@code grids} (at least one). */
    public static SliceScale of(List<LandscapeResult.Grid> grids) {
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("a slice scale needs at least one grid");
        }
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        double min = Double.NaN;
        double max = Double.NaN;
        for (LandscapeResult.Grid grid : grids) {
            double[] xs = grid.xs();
            double[] ys = grid.ys();
            x0 = Math.min(x0, xs[0]);
            x1 = Math.max(x1, xs[xs.length - 1]);
            y0 = Math.min(y0, ys[0]);
            y1 = Math.max(y1, ys[ys.length - 1]);
            for (double[] row : grid.losses()) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        min = !(v >= min) ? v : min;
                        max = !(v <= max) ? v : max;
                    }
                }
            }
        }
        return new SliceScale(new ViewRect(x0, x1, y0, y1), min, max);
    }

    /** {@code count} contour levels over the joint range, as {@link ContourGrid#logLevels(int, double)}. */
    public double[] logLevels(int count, double decades) {
        return ContourGrid.logLevels(min, max, count, decades);
    }
}
