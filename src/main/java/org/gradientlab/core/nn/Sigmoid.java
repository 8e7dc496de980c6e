package org.gradientlab.core.nn;

/** y = 1 / (1 + e^−x); dy/dx = y·(1 − y) (book: layers.py Sigmoid). */
public final class Sigmoid extends ActivationLayer {

    @Override
    void apply(float[] x, float[] y, int from) {
        for (int i = from; i < x.length; i++) {
            y[i] = (float) (1.0 / (1.0 + Math.exp(-x[i])));
        }
    }

    @Override
    void derive(float[] y, float[] dout, float[] dx, int from) {
        for (int i = from; i < y.length; i++) {
            dx[i] = dout[i] * (1f - y[i]) * y[i];
        }
    }

    @Override
    int applyVector(float[] x, float[] y) {
        return VectorActivations.sigmoid(x, y);
    }

    @Override
    int deriveVector(float[] y, float[] dout, float[] dx) {
        return VectorActivations.sigmoidBackward(y, dout, dx);
    }
}
