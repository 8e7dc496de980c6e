package org.gradientlab.core.surface;

import java.util.Arrays;

/**
 * f sampled on a regular grid over a view, the data of a contour map: log-spaced levels and,
 * per level, the contour line as segments found by marching squares.
 * Sample (column, row) sits at x = xMin + column·(xMax−xMin)/(columns−1), row 0 at yMin.
 */
public final class ContourGrid {
    public static final int MIN_SIDE = 2;
    public static final int MAX_SAMPLES = 4_000_000;

    private final ViewRect view;
    private final int columns;
    private final int rows;
    // values[row * columns + column]; NaN where f is not finite (a formula's log of a negative).
    private final double[] values;
    private final double min;
    private final double max;

    private ContourGrid(ViewRect view, int columns, int rows, double[] values) {
        this.view = view;
        this.columns = columns;
        this.rows = rows;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        this.min = lo <= hi ? lo : Double.NaN;
        this.max = lo <= hi ? hi : Double.NaN;
    }

    /** Evaluates {@code surface} at columns × rows points spanning {@code view}, corners included. */
    public static ContourGrid sample(Surface surface, ViewRect view, int columns, int rows) {
        if (columns < MIN_SIDE || rows < MIN_SIDE || (long) columns * rows > MAX_SAMPLES) {
            throw new IllegalArgumentException("grid must be at least " + MIN_SIDE + "×" + MIN_SIDE + " and at most "
                    + MAX_SAMPLES + " samples, got " + columns + "×" + rows);
        }
        double[] values = new double[columns * rows];
        double dx = (view.xMax() - view.xMin()) / (columns - 1);
        double dy = (view.yMax() - view.yMin()) / (rows - 1);
        for (int row = 0; row < rows; row++) {
            double y = view.yMin() + row * dy;
            for (int column = 0; column < columns; column++) {
                double f = surface.value(view.xMin() + column * dx, y);
                values[row * columns + column] = Double.isFinite(f) ? f : Double.NaN;
            }
        }
        return new ContourGrid(view, columns, rows, values);
    }

    public ViewRect view() {
        return view;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** f at the sample, NaN where it is not finite. */
    public double value(int column, int row) {
        return values[row * columns + column];
    }

    public double x(int column) {
        return view.xMin() + column * (view.xMax() - view.xMin()) / (columns - 1);
    }

    public double y(int row) {
        return view.yMin() + row * (view.yMax() - view.yMin()) / (rows - 1);
    }

    /** The smallest finite sample, NaN when there is none. */
    public double min() {
        return min;
    }

    /** The largest finite sample, NaN when there is none. */
    public double max() {
        return max;
    }

    /**
     * {@code count} levels, increasing, spaced evenly in log(f − min) over {@code decades} decades
     * below the sampled range: min + (max − min)·10^(−decades·(1 − i/(count−1))). An elongated
     * bowl then shows rings near its floor as well as on its walls, which even spacing would not.
     * Empty when the grid has fewer than two distinct finite values.
     */
    public double[] logLevels(int count, double decades) {
        return logLevels(min, max, count, decades);
    }

    /**
     * As {@link #logLevels(int, double)} for samples from {@code min} to {@code max}, so several
     * grids can share one set of levels (their joint minimum and maximum).
     */
    public static double[] logLevels(double min, double max, int count, double decades) {
        if (count < 2 || !(decades > 0)) {
            throw new IllegalArgumentException("need count >= 2 and decades > 0, got " + count + ", " + decades);
        }
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) {
            return new double[0];
        }
        double[] levels = new double[count];
        for (int i = 0; i < count; i++) {
            levels[i] = min + range * Math.pow(10, -decades * (1 - i / (double) (count - 1)));
        }
        return levels;
    }

    /** How many of the increasing {@code levels} are at or below {@code f}: the band f falls in. */
    public static int band(double[] levels, double f) {
        int i = Arrays.binarySearch(levels, f);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * The contour f = level as line segments x1, y1, x2, y2 (data coordinates), four numbers
     * each, by marching squares with linear interpolation along cell edges. A cell with a
     * missing corner is skipped; a saddle cell is split by the value at its centre.
     */
    public double[] segments(double level) {
        double[] out = new double[64];
        int n = 0;
        for (int row = 0; row + 1 < rows; row++) {
            for (int column = 0; column + 1 < columns; column++) {
                double a = value(column, row);             // bottom left
                double b = value(column + 1, row);         // bottom right
                double c = value(column + 1, row + 1);     // top right
                double d = value(column, row + 1);         // top left
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
                    continue;
                }
                int code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                // Crossing points on the four edges, as fractions along each edge.
                double x0 = x(column);
                double x1 = x(column + 1);
                double y0 = y(row);
                double y1 = y(row + 1);
                double bottomX = x0 + (x1 - x0) * fraction(a, b, level);
                double rightY = y0 + (y1 - y0) * fraction(b, c, level);
                double topX = x0 + (x1 - x0) * fraction(d, c, level);
                double leftY = y0 + (y1 - y0) * fraction(a, d, level);
                if (out.length < n + 8) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                boolean centreAbove = (a + b + c + d) / 4 > level;
                switch (code) {
                    case 1, 14 -> n = put(out, n, x0, leftY, bottomX, y0);
                    case 2, 13 -> n = put(out, n, bottomX, y0, x1, rightY);
                    case 3, 12 -> n = put(out, n, x0, leftY, x1, rightY);
                    case 4, 11 -> n = put(out, n, x1, rightY, topX, y1);
                    case 6, 9 -> n = put(out, n, bottomX, y0, topX, y1);
                    case 7, 8 -> n = put(out, n, x0, leftY, topX, y1);
                    case 5 -> { // a and c above: joined through the centre or not
                        if (centreAbove) {
                            n = put(out, n, x0, leftY, topX, y1);
                            n = put(out, n, bottomX, y0, x1, rightY);
                        } else {
                            n = put(out, n, x0, leftY, bottomX, y0);
                            n = put(out, n, x1, rightY, topX, y1);
                        }
                    }
                    case 10 -> { // b and d above
                        if (centreAbove) {
                            n = put(out, n, x0, leftY, bottomX, y0);
                            n = put(out, n, x1, rightY, topX, y1);
                        } else {
                            n = put(out, n, x0, leftY, topX, y1);
                            n = put(out, n, bottomX, y0, x1, rightY);
                        }
                    }
                    default -> throw new AssertionError(code);
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static double fraction(double from, double to, double level) {
        return (level - from) / (to - from);
    }

    private static int put(double[] out, int n, double xa, double ya, double xb, double yb) {
        out[n] = xa;
        out[n + 1] = ya;
        out[n + 2] = xb;
        out[n + 3] = yb;
        return n + 4;
    }
}
