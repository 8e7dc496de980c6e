package org.gradientlab.core.nn;

/** y = max(0, x); the gradient passes where x > 0 (book: layers.py Relu masks x <= 0). */
public final class Relu extends ActivationLayer {

    @Override
    void apply(float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] > 0f ? x[i] : 0f;
        }
    }

    @Override
    void derive(float[] y, float[] dout, float[] dx) {
        // y > 0 exactly where x > 0.
        for (int i = 0; i < y.length; i++) {
            dx[i] = y[i] > 0f ? dout[i] : 0f;
        }
    }
}
