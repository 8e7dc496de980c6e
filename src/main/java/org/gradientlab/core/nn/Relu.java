package org.gradientlab.core.nn;

/** y = max(0, x); the gradient passes where x > 0 (book: layers.py Relu masks x <= 0). */
public final class Relu extends ActivationLayer {

    @Override
    void apply(float[] x, float[] y, int from) {
        for (int i = from; i < x.length; i++) {
            y[i] = Math.max(x[i], 0f);
        }
    }

    @Override
    void derive(float[] y, float[] dout, float[] dx, int from) {
        // y > 0 exactly where x > 0.
        for (int i = from; i < y.length; i++) {
            dx[i] = y[i] > 0f ? dout[i] : 0f;
        }
    }

    @Override
    int applyVector(float[] x, float[] y) {
        return VectorActivations.relu(x, y);
    }

    @Override
    int deriveVector(float[] y, float[] dout, float[] dx) {
        return VectorActivations.rectifyBackward(y, dout, dx, 0f);
    }
}
