package org.gradientlab.core.concepts.activations;

import java.util.Arrays;

import org.gradientlab.core.nn.Elu;
import org.gradientlab.core.nn.Layer;
import org.gradientlab.core.nn.LeakyRelu;
import org.gradientlab.core.nn.Matrix;
import org.gradientlab.core.nn.PRelu;
import org.gradientlab.core.nn.Relu;
import org.gradientlab.core.nn.Sigmoid;
import org.gradientlab.core.nn.Tanh;

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
    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 10_000;

    public FunctionCurve {
        if (x.length != value.length || x.length != slope.length) {
            throw new IllegalArgumentException("x, value and slope must have one length, got "
                    + x.length + ", " + value.length + ", " + slope.length);
        }
        x = x.clone();
        value = value.clone();
        slope = slope.clone();
    }

    /** {@code points} samples of {@code function} with {@code settings} on [xMin, xMax]. */
    public static FunctionCurve sample(GalleryFunction function, ActivationSettings settings,
                                       double xMin, double xMax, int points) {
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
        if (function == GalleryFunction.MAXOUT) {
            MaxoutPieces pieces = settings.maxout();
            return new FunctionCurve(x, Arrays.stream(x).map(pieces::value).toArray(),
                    Arrays.stream(x).map(pieces::slope).toArray());
        }
        // x: [points, 1], one unit, so PReLU's single α applies to every point.
        Matrix input = new Matrix(points, 1);
        for (int i = 0; i < points; i++) {
            input.data[i] = (float) x[i];
        }
        Layer layer = layer(function, settings);
        double[] value = toDoubles(layer.forward(input, false));
        Matrix ones = new Matrix(points, 1);
        Arrays.fill(ones.data, 1f);
        return new FunctionCurve(x, value, toDoubles(layer.backward(ones)));
    }

    private static Layer layer(GalleryFunction function, ActivationSettings settings) {
        return switch (function) {
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu((float) settings.leakySlope());
            case PRELU -> new PRelu(1, (float) settings.preluAlpha());
            case ELU -> new Elu((float) settings.eluAlpha());
            case MAXOUT -> throw new IllegalArgumentException("maxout is no layer here");
        };
    }

    private static double[] toDoubles(Matrix m) {
        double[] out = new double[m.data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.data[i];
        }
        return out;
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
