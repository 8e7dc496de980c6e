package org.gradientlab.core.experiment;

import java.util.Arrays;
import java.util.Objects;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.Layer;
import org.gradientlab.core.nn.Matrix;

/**
 * f(x) and f'(x) of an activation at evenly spaced x, for a small plot beside the histograms.
 * Both come from the network's own layer (forward, then backward with dout = 1), so the plot
 * shows exactly the function the probe runs.
 *
 * @param activation the function
 * @param x          sample points, from xMin to xMax inclusive
 * @param value      f(x)
 * @param slope      f'(x)
 */
public record ActivationCurve(Activation activation, double[] x, double[] value, double[] slope) {

    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 10_000;

    public ActivationCurve {
        Objects.requireNonNull(activation, "activation");
        if (x.length != value.length || x.length != slope.length) {
            throw new IllegalArgumentException("x, value and slope must have one length, got "
                    + x.length + ", " + value.length + ", " + slope.length);
        }
        x = x.clone();
        value = value.clone();
        slope = slope.clone();
    }

    /** {@code points} samples of {@code activation} on [xMin, xMax]. */
    public static ActivationCurve sample(Activation activation, double xMin, double xMax, int points) {
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be in [" + MIN_POINTS + ", " + MAX_POINTS + "], got " + points);
        }
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMin < xMax)) {
            throw new IllegalArgumentException("x range must be two finite numbers min < max, got ["
                    + xMin + ", " + xMax + "]");
        }
        double[] x = new double[points];
        Matrix input = new Matrix(1, points);
        for (int i = 0; i < points; i++) {
            x[i] = xMin + (xMax - xMin) * i / (points - 1);
            input.data[i] = (float) x[i];
        }
        Layer layer = activation.newLayer();
        Matrix y = layer.forward(input, false);
        double[] value = new double[points];
        for (int i = 0; i < points; i++) {
            value[i] = y.data[i];
        }
        Matrix ones = new Matrix(1, points);
        Arrays.fill(ones.data, 1f);
        Matrix dx = layer.backward(ones);
        double[] slope = new double[points];
        for (int i = 0; i < points; i++) {
            slope[i] = dx.data[i];
        }
        return new ActivationCurve(activation, x, value, slope);
    }
}
