package org.gradientlab.core.nn;

import java.util.Arrays;

import org.gradientlab.core.linalg.Matrix;

/**
 * f(x) and f′(x) of an element-wise layer at chosen x, through the layer itself (forward, then
 * backward with dout = 1), so a plot shows exactly what a network computes. The initialization
 * lab's curve and the activation gallery both sample this way.
 */
public final class LayerSampling {
    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 10_000;

    private LayerSampling() {}

    /** {@code points} evenly spaced x from xMin to xMax inclusive. */
    public static double[] grid(double xMin, double xMax, int points) {
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be in [" + MIN_POINTS + ", " + MAX_POINTS + "], got " + points);
        }
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMin < xMax)) {
            throw new IllegalArgumentException("x range must be two finite numbers min < max, got ["
                    + xMin + ", " + xMax + "]");
        }
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = xMin + (xMax - xMin) * i / (points - 1);
        }
        return x;
    }

    /**
     * {value, slope}: f(x[i]) and f′(x[i]) of {@code layer}, fed x as [points, 1] (one unit, so
     * a per-unit parameter such as PReLU's α applies to every point).
     */
    public static double[][] valueAndSlope(Layer layer, double[] x) {
        Matrix input = new Matrix(x.length, 1);
        for (int i = 0; i < x.length; i++) {
            input.data[i] = (float) x[i];
        }
        double[] value = toDoubles(layer.forward(input, false));
        Matrix ones = new Matrix(x.length, 1);
        Arrays.fill(ones.data, 1f);
        return new double[][] {value, toDoubles(layer.backward(ones))};
    }

    /** Checks that a sampled curve's x, f(x) and f′(x) arrays have one length. */
    public static void requireOneLength(double[] x, double[] value, double[] slope) {
        if (x.length != value.length || x.length != slope.length) {
            throw new IllegalArgumentException("x, value and slope must have one length, got "
                    + x.length + ", " + value.length + ", " + slope.length);
        }
    }

    private static double[] toDoubles(Matrix m) {
        double[] out = new double[m.data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.data[i];
        }
        return out;
    }
}
