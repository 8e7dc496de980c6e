package org.gradientlab.core.nn;

/**
 * y = x for x > 0, α·(eˣ − 1) otherwise (α 1.0, Clevert et al. 2015). For x ≤ 0 the derivative
 * α·eˣ equals y + α, so it is written from the output.
 */
public final class Elu extends ActivationLayer {
    public static final float DEFAULT_ALPHA = 1.0f;

    private final float alpha;

    public Elu() {
        this(DEFAULT_ALPHA);
    }

    /** {@code alpha}: α > 0, the negative saturation level −α. */
    public Elu(float alpha) {
        if (!(alpha > 0f && Float.isFinite(alpha))) {
            throw new IllegalArgumentException("ELU alpha must be a positive number, got " + alpha);
        }
        this.alpha = alpha;
    }

    @Override
    void apply(float[] x, float[] y, int from) {
        for (int i = from; i < x.length; i++) {
            y[i] = x[i] > 0f ? x[i] : (float) (alpha * Math.expm1(x[i]));
        }
    }

    @Override
    void derive(float[] y, float[] dout, float[] dx, int from) {
        for (int i = from; i < y.length; i++) {
            dx[i] = y[i] > 0f ? dout[i] : dout[i] * (y[i] + alpha);
        }
    }

    @Override
    int applyVector(float[] x, float[] y) {
        return VectorActivations.elu(x, y, alpha);
    }

    @Override
    int deriveVector(float[] y, float[] dout, float[] dx) {
        return VectorActivations.eluBackward(y, dout, dx, alpha);
    }
}
