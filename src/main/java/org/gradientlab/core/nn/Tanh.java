package org.gradientlab.core.nn;

/** y = tanh x; dy/dx = 1 − y². */
public final class Tanh extends ActivationLayer {

    @Override
    void apply(float[] x, float[] y, int from) {
        for (int i = from; i < x.length; i++) {
            y[i] = (float) Math.tanh(x[i]);
        }
    }

    @Override
    void derive(float[] y, float[] dout, float[] dx, int from) {
        for (int i = from; i < y.length; i++) {
            dx[i] = dout[i] * (1f - y[i] * y[i]);
        }
    }

    @Override
    int applyVector(float[] x, float[] y) {
        return VectorActivations.tanh(x, y);
    }

    @Override
    int deriveVector(float[] y, float[] dout, float[] dx) {
        return VectorActivations.tanhBackward(y, dout, dx);
    }
}
