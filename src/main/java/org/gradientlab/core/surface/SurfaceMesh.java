package org.gradientlab.core.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A surface over a view as a 3-D height field, the data of the lab's 3-D view: a grid of
 * vertices, each at its (x, y) and its normalised height h = (f − min) / (max − min) over the
 * sampled range, coloured by the contour band f falls in (the 2-D map's levels, so both views
 * share their colours), two triangles per grid cell whose corners are all finite; and points of
 * the plane lifted onto that surface, for the paths.
 * <p>
 * Coordinates: u, v in [−1, 1] across the view (x → u, y → v), h in [0, 1] from the lowest to
 * the highest sample. A point between samples is lifted by f itself, not by the mesh's linear
 * interpolation, so it lies on the true surface.
 */
public final class SurfaceMesh {
    private final Surface surface;
    private final ContourGrid grid;
    private final double[] levels;
    private final double low;
    private final double range;

    private SurfaceMesh(Surface surface, ContourGrid grid, double[] levels) {
        this.surface = surface;
        this.grid = grid;
        this.levels = levels;
        double min = grid.min();
        double max = grid.max();
        this.low = Double.isNaN(min) ? 0 : min;
        // A flat (or empty) surface lies at h = 0 rather than dividing by zero.
        this.range = max > min ? max - min : 1;
    }

    /**
     * Samples {@code surface} at columns × rows vertices spanning {@code view} and colours them by
     * {@code levelCount} levels spaced as {@link ContourGrid#logLevels} over {@code decades}.
     */
    public static SurfaceMesh build(Surface surface, ViewRect view, int columns, int rows, int levelCount,
                                    double decades) {
        ContourGrid grid = ContourGrid.sample(surface, view, columns, rows);
        return new SurfaceMesh(surface, grid, grid.logLevels(levelCount, decades));
    }

    public ContourGrid grid() {
        return grid;
    }

    public int columns() {
        return grid.columns();
    }

    public int rows() {
        return grid.rows();
    }

    /** The contour levels, increasing; empty on a flat surface. */
    public double[] levels() {
        return levels.clone();
    }

    /** How many colours the bands take: one more than the levels. */
    public int bandCount() {
        return levels.length + 1;
    }

    /** Vertex index of sample (column, row). */
    public int vertex(int column, int row) {
        return row * grid.columns() + column;
    }

    /** u, v, h of every vertex, three per vertex in {@link #vertex} order; h = 0 where f is not finite. */
    public double[] points() {
        int columns = grid.columns();
        int rows = grid.rows();
        double[] out = new double[columns * rows * 3];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int i = vertex(column, row) * 3;
                out[i] = u(grid.x(column));
                out[i + 1] = v(grid.y(row));
                double f = grid.value(column, row);
                out[i + 2] = Double.isNaN(f) ? 0 : height(f);
            }
        }
        return out;
    }

    /** The contour band of every vertex (0 .. bandCount − 1), as {@link ContourGrid#band}; 0 where f is not finite. */
    public int[] bands() {
        int[] out = new int[grid.columns() * grid.rows()];
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                double f = grid.value(column, row);
                out[vertex(column, row)] = Double.isNaN(f) ? 0 : ContourGrid.band(levels, f);
            }
        }
        return out;
    }

    /**
     * Triangles as vertex indices, three each: every cell whose four corners are finite gives
     * (bottom left, bottom right, top right) and (bottom left, top right, top left).
     */
    public int[] triangles() {
        int columns = grid.columns();
        int[] out = new int[(columns - 1) * (grid.rows() - 1) * 6];
        int n = 0;
        for (int row = 0; row + 1 < grid.rows(); row++) {
            for (int column = 0; column + 1 < columns; column++) {
                if (Double.isNaN(grid.value(column, row)) || Double.isNaN(grid.value(column + 1, row))
                        || Double.isNaN(grid.value(column + 1, row + 1)) || Double.isNaN(grid.value(column, row + 1))) {
                    continue;
                }
                int a = vertex(column, row);
                int b = vertex(column + 1, row);
                int c = vertex(column + 1, row + 1);
                int d = vertex(column, row + 1);
                n = put(out, n, a, b, c);
                n = put(out, n, a, c, d);
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int put(int[] out, int n, int a, int b, int c) {
        out[n] = a;
        out[n + 1] = b;
        out[n + 2] = c;
        return n + 3;
    }

    /** The normalised height of the value f: 0 at the lowest sample, 1 at the highest. */
    public double height(double f) {
        return (f - low) / range;
    }

    public double u(double x) {
        ViewRect view = grid.view();
        return 2 * (x - view.xMin()) / (view.xMax() - view.xMin()) - 1;
    }

    public double v(double y) {
        ViewRect view = grid.view();
        return 2 * (y - view.yMin()) / (view.yMax() - view.yMin()) - 1;
    }

    /** (x, y) on the surface as u, v, h; empty when outside the view or where f is not finite. */
    public Optional<double[]> lift(double x, double y) {
        double f = surface.value(x, y);
        if (!grid.view().contains(x, y) || !Double.isFinite(f)) {
            return Optional.empty();
        }
        return Optional.of(new double[] {u(x), v(y), height(f)});
    }

    /**
     * The path through the plane points {@code xy} (x0, y0, x1, y1, ...) laid on the surface:
     * each straight piece is cut so no sub-piece is longer than one grid cell, every cut point
     * lifted by f, so the line follows hills and valleys instead of cutting through them. A
     * point outside the view (or where f is not finite) breaks the path: the result is its
     * visible pieces, each u, v, h triples of at least two points.
     */
    public List<double[]> path(double[] xy) {
        List<double[]> pieces = new ArrayList<>();
        double[] piece = new double[48];
        int n = 0;
        ViewRect view = grid.view();
        double cellX = (view.xMax() - view.xMin()) / (grid.columns() - 1);
        double cellY = (view.yMax() - view.yMin()) / (grid.rows() - 1);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = xy[i];
            double y = xy[i + 1];
            Optional<double[]> here = lift(x, y);
            if (here.isEmpty()) {
                n = flush(pieces, piece, n);
                continue;
            }
            if (n > 0) {
                double px = xy[i - 2];
                double py = xy[i - 1];
                int cuts = (int) Math.min(1000, Math.ceil(Math.max(Math.abs(x - px) / cellX, Math.abs(y - py) / cellY)));
                for (int k = 1; k < cuts; k++) {
                    double t = k / (double) cuts;
                    Optional<double[]> between = lift(px + t * (x - px), py + t * (y - py));
                    if (between.isPresent()) {
                        piece = grow(piece, n);
                        System.arraycopy(between.get(), 0, piece, n, 3);
                        n += 3;
                    }
                }
            }
            piece = grow(piece, n);
            System.arraycopy(here.get(), 0, piece, n, 3);
            n += 3;
        }
        flush(pieces, piece, n);
        return pieces;
    }

    private static double[] grow(double[] piece, int n) {
        return piece.length < n + 3 ? Arrays.copyOf(piece, piece.length * 2) : piece;
    }

    private static int flush(List<double[]> pieces, double[] piece, int n) {
        if (n >= 6) {
            pieces.add(Arrays.copyOf(piece, n));
        }
        return 0;
    }
}
