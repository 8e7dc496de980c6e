package org.gradientlab.core.experiment.probe;

import java.util.Objects;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.LayerSampling;

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

    public static final int MIN_POINTS = LayerSampling.MIN_POINTS;
    public static final int MAX_POINTS = LayerSampling.MAX_POINTS;

    public ActivationCurve {
        Objects.requireNonNull(activation, "activation");
        LayerSampling.requireOneLength(x, value, slope);
        x = x.clone();
        value = value.clone();
        slope = slope.clone();
    }

    /** {@code points} samples of {@code activation} on [xMin, xMax]. */
    public static ActivationCurve sample(Activation activation, double xMin, double xMax, int points) {
        double[] x = LayerSampling.grid(xMin, xMax, points);
        double[][] valueAndSlope = LayerSampling.valueAndSlope(activation.newLayer(), x);
        return new ActivationCurve(activation, x, valueAndSlope[0], valueAndSlope[1]);
    }
}
