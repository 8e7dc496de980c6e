package org.gradientlab.core.nn;

/** y = tanh x; dy/dx = 1 − y². */
public final class Tanh extends ActivationLayer {

    @Override
    void apply(float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) Math.tanh(x[i]);
        }
    }

    @Override
    void derive(float[] y, float[] dout, float[] dx) {
        for (int i = 0; i < y.length; i++) {
            dx[i] = dout[i] * (1f - y[i] * y[i]);
        }
    }
}
