package org.gradientlab.core.concepts.activations;

import java.util.Arrays;

import org.gradientlab.core.nn.Elu;
import org.gradientlab.core.nn.Layer;
import org.gradientlab.core.nn.LayerSampling;
import org.gradientlab.core.nn.LeakyRelu;
import org.gradientlab.core.nn.PRelu;

/**
 * f(x) and f′(x) of a gallery function at evenly spaced x. Every function but maxout comes from
 * the network's own layer (forward, then backward with dout = 1), so the gallery draws exactly
 * what a network computes, in float; maxout, which is no layer here, from {@link MaxoutPieces}.
 * Keep |x| ≤ 8: beyond, tanh(x) rounds to 1 in float and its slope to an exact 0.
 *
 * @param x     sample points, ascending
 * @param value f(x)
 * @param slope f′(x)
 */
public record FunctionCurve(double[] x, double[] value, double[] slope) {
    public FunctionCurve {
        LayerSampling.requireOneLength(x, value, slope);
        x = x.clone();
        value = value.clone();
        slope = slope.clone();
    }

    /** {@code points} samples of {@code function} with {@code settings} on [xMin, xMax]. */
    public static FunctionCurve sample(GalleryFunction function, ActivationSettings settings,
                                       double xMin, double xMax, int points) {
        double[] x = LayerSampling.grid(xMin, xMax, points);
        if (function == GalleryFunction.MAXOUT) {
            MaxoutPieces pieces = settings.maxout();
            return new FunctionCurve(x, Arrays.stream(x).map(pieces::value).toArray(),
                    Arrays.stream(x).map(pieces::slope).toArray());
        }
        double[][] valueAndSlope = LayerSampling.valueAndSlope(layer(function, settings), x);
        return new FunctionCurve(x, valueAndSlope[0], valueAndSlope[1]);
    }

    private static Layer layer(GalleryFunction function, ActivationSettings settings) {
        return switch (function) {
            case SIGMOID, TANH, RELU -> function.coreActivation().orElseThrow().newLayer();
            case LEAKY_RELU -> new LeakyRelu((float) settings.leakySlope());
            case PRELU -> new PRelu(1, (float) settings.preluAlpha());
            case ELU -> new Elu((float) settings.eluAlpha());
            case MAXOUT -> throw new IllegalArgumentException("maxout is no layer here");
        };
    }

    /** The largest |f′| over the samples. */
    public double maxAbsSlope() {
        double max = 0;
        for (double s : slope) {
            max = Math.max(max, Math.abs(s));
        }
        return max;
    }
}
