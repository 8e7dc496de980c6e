package org.gradientlab.core.nn;

import java.util.Arrays;

import org.gradientlab.core.linalg.Matrix;

/**
 * Parametric ReLU (He et al. 2015, "Delving deep into rectifiers", eq. 1): y = x for x > 0,
 * α·x otherwise, with α learned by backpropagation. One α per unit (a column of the input), the
 * paper's channel-wise form; a layer of one unit is the paper's channel-shared form. The seeds
 * write max(αx, x), which is the same function while α ≤ 1; α here may be any number, since a
 * learned α is free to leave [0, 1] (α = −1 gives |x|).
 */
public final class PRelu implements Layer {
    /** The paper's initial α. */
    public static final float DEFAULT_ALPHA = 0.25f;

    private final float[] alpha;
    private final float[] alphaGradient;
    private Matrix x;
    private Matrix out;
    private Matrix dx;

    /** {@code units} α's, all {@code initialAlpha}. */
    public PRelu(int units, float initialAlpha) {
        if (units < 1) {
            throw new IllegalArgumentException("PReLU units must be >= 1, got " + units);
        }
        if (!Float.isFinite(initialAlpha)) {
            throw new IllegalArgumentException("PReLU alpha must be a finite number, got " + initialAlpha);
        }
        alpha = new float[units];
        Arrays.fill(alpha, initialAlpha);
        alphaGradient = new float[units];
    }

    // x: [batch, units] → out: [batch, units]
    @Override
    public Matrix forward(Matrix x, boolean train) {
        if (x.cols != alpha.length) {
            throw new IllegalArgumentException("PReLU of " + alpha.length + " units got " + x);
        }
        this.x = x;
        out = Matrix.reuse(out, x.rows, x.cols);
        for (int i = 0; i < x.data.length; i++) {
            float v = x.data[i];
            out.data[i] = v > 0f ? v : alpha[i % x.cols] * v;
        }
        return out;
    }

    /** dx = dout where x > 0, α·dout elsewhere; dα_c = Σ over the batch of dout·x where x ≤ 0 (eq. 4). */
    @Override
    public Matrix backward(Matrix dout) {
        if (x == null || dout.rows != x.rows || dout.cols != x.cols) {
            throw new IllegalStateException("backward of " + dout + " does not follow a forward of that shape");
        }
        dx = Matrix.reuse(dx, dout.rows, dout.cols);
        Arrays.fill(alphaGradient, 0f);
        int units = alpha.length;
        for (int i = 0; i < dout.data.length; i++) {
            float v = x.data[i];
            float d = dout.data[i];
            if (v > 0f) {
                dx.data[i] = d;
            } else {
                dx.data[i] = alpha[i % units] * d;
                alphaGradient[i % units] += d * v;
            }
        }
        return dx;
    }

    /** α: [units], updated in place by an optimizer. */
    public float[] alpha() {
        return alpha;
    }

    /** dα: [units], set by the last backward. */
    public float[] alphaGradient() {
        return alphaGradient;
    }
}
