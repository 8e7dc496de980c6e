package org.gradientlab.ui.widgets;

import java.util.Arrays;

/**
 * Every (x, y) point of one curve, in the order received (x non-decreasing), in growable
 * primitive arrays: the chart draws a decimated view of it, CSV export writes all of it.
 * FX thread only.
 */
public final class SeriesBuffer {
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int size;

    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    public int size() {
        return size;
    }

    public double x(int index) {
        return xs[java.util.Objects.checkIndex(index, size)];
    }

    public double y(int index) {
        return ys[java.util.Objects.checkIndex(index, size)];
    }

    /** A copy of the y values, for filters that need them all. */
    public double[] ys() {
        return Arrays.copyOf(ys, size);
    }

    public void clear() {
        size = 0;
    }

    /** Index of the point whose x is nearest {@code x} (binary search; x is sorted), or -1 when empty. */
    public int nearest(double x) {
        if (size == 0) {
            return -1;
        }
        int low = 0;
        int high = size - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (xs[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low > 0 && Math.abs(xs[low - 1] - x) <= Math.abs(xs[low] - x)) {
            return low - 1;
        }
        return low;
    }
}
