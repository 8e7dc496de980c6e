package org.gradientlab.core.concepts.preprocessing;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable set of 2-D points, the rows of CS231n's data matrix X [N × 2]. Adding or
 * removing a point returns a new cloud, so a result computed from one cloud stays valid.
 */
public final class PointCloud {
    /** More points than a learner can click add nothing but slower redraws. */
    public static final int MAX_POINTS = 2000;
    public static final PointCloud EMPTY = new PointCloud(new double[0], new double[0]);

    private final double[] xs;
    private final double[] ys;

    /** @throws IllegalArgumentException if the arrays differ in length, exceed MAX_POINTS or hold a non-finite value */
    public PointCloud(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys must have the same length, got " + xs.length + " and " + ys.length);
        }
        if (xs.length > MAX_POINTS) {
            throw new IllegalArgumentException("a cloud holds at most " + MAX_POINTS + " points, got " + xs.length);
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new IllegalArgumentException("point " + i + " must be finite, got (" + xs[i] + ", " + ys[i] + ")");
            }
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
    }

    public int size() {
        return xs.length;
    }

    public double x(int index) {
        return xs[index];
    }

    public double y(int index) {
        return ys[index];
    }

    /** Copies of the coordinates. */
    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    public boolean isFull() {
        return size() >= MAX_POINTS;
    }

    /** This cloud with (x, y) appended as the last point. */
    public PointCloud with(double x, double y) {
        double[] nx = Arrays.copyOf(xs, xs.length + 1);
        double[] ny = Arrays.copyOf(ys, ys.length + 1);
        nx[xs.length] = x;
        ny[ys.length] = y;
        return new PointCloud(nx, ny);
    }

    /** This cloud without point {@code index}; later points move down by one. */
    public PointCloud without(int index) {
        Objects.checkIndex(index, size());
        double[] nx = new double[xs.length - 1];
        double[] ny = new double[ys.length - 1];
        System.arraycopy(xs, 0, nx, 0, index);
        System.arraycopy(ys, 0, ny, 0, index);
        System.arraycopy(xs, index + 1, nx, index, xs.length - index - 1);
        System.arraycopy(ys, index + 1, ny, index, ys.length - index - 1);
        return new PointCloud(nx, ny);
    }

    /** Index of the point nearest (x, y), or −1 for an empty cloud. */
    public int nearest(double x, double y) {
        return nearest(xs, ys, x, y);
    }

    /** Index of the point of (xs, ys) nearest (x, y), or −1 when there are none. */
    public static int nearest(double[] xs, double[] ys, double x, double y) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            double d = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
