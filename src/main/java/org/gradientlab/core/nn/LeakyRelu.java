package org.gradientlab.core.nn;

/** y = x for x > 0, α·x otherwise (α .01, Maas et al. 2013; CS231n lecture 6). */
public final class LeakyRelu extends ActivationLayer {
    public static final float DEFAULT_SLOPE = 0.01f;

    private final float slope;

    public LeakyRelu() {
        this(DEFAULT_SLOPE);
    }

    /** {@code slope}: α in (0, 1), the gradient for x ≤ 0. */
    public LeakyRelu(float slope) {
        if (!(slope > 0f && slope < 1f)) {
            throw new IllegalArgumentException("leaky ReLU slope must be in (0, 1), got " + slope);
        }
        this.slope = slope;
    }

    @Override
    void apply(float[] x, float[] y, int from) {
        for (int i = from; i < x.length; i++) {
            y[i] = x[i] > 0f ? x[i] : slope * x[i];
        }
    }

    @Override
    void derive(float[] y, float[] dout, float[] dx, int from) {
        // With 0 < α, y > 0 exactly where x > 0.
        for (int i = from; i < y.length; i++) {
            dx[i] = y[i] > 0f ? dout[i] : slope * dout[i];
        }
    }

    @Override
    int applyVector(float[] x, float[] y) {
        return VectorActivations.leakyRelu(x, y, slope);
    }

    @Override
    int deriveVector(float[] y, float[] dout, float[] dx) {
        return VectorActivations.rectifyBackward(y, dout, dx, slope);
    }
}
