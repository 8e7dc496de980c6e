package org.gradientlab.core.nn;

/** y = 1 / (1 + e^−x); dy/dx = y·(1 − y) (book: layers.py Sigmoid). */
public final class Sigmoid extends ActivationLayer {

    @Override
    void apply(float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (1.0 / (1.0 + Math.exp(-x[i])));
        }
    }

    @Override
    void derive(float[] y, float[] dout, float[] dx) {
        for (int i = 0; i < y.length; i++) {
            dx[i] = dout[i] * (1f - y[i]) * y[i];
        }
    }
}
