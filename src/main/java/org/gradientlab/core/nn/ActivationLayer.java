package org.gradientlab.core.nn;

import org.gradientlab.core.linalg.Matrix;

/**
 * An element-wise activation y = f(x). Every f here has a derivative that can be written from
 * y alone, so the cache is the output, as the book's Sigmoid keeps {@code self.out}.
 * Each subclass has a scalar loop from a start index; with the Vector API present
 * ({@link VectorSupport#ENABLED}) {@link VectorActivations} does the whole vectors first and
 * the scalar loop the tail, otherwise the scalar loop does everything.
 */
public abstract sealed class ActivationLayer implements Layer permits Sigmoid, Tanh, Relu, LeakyRelu, Elu {
    private Matrix out;
    private Matrix dx;

    @Override
    public final Matrix forward(Matrix x, boolean train) {
        out = Matrix.reuse(out, x.rows, x.cols);
        int done = VectorSupport.ENABLED ? applyVector(x.data, out.data) : 0;
        apply(x.data, out.data, done);
        return out;
    }

    /** The output of the last forward pass (owned by the layer), or null before the first: what {@link LayerProbe} reads. */
    final Matrix lastOutput() {
        return out;
    }

    @Override
    public final Matrix backward(Matrix dout) {
        if (out == null || dout.rows != out.rows || dout.cols != out.cols) {
            throw new IllegalStateException("backward of " + dout + " does not follow a forward of that shape");
        }
        dx = Matrix.reuse(dx, dout.rows, dout.cols);
        int done = VectorSupport.ENABLED ? deriveVector(out.data, dout.data, dx.data) : 0;
        derive(out.data, dout.data, dx.data, done);
        return dx;
    }

    /** y[i] = f(x[i]) for i from {@code from} on, in scalar code. */
    abstract void apply(float[] x, float[] y, int from);

    /** dx[i] = dout[i] · f'(x[i]) for i from {@code from} on, with f' written from y[i] = f(x[i]). */
    abstract void derive(float[] y, float[] dout, float[] dx, int from);

    /** As {@link #apply} with {@link VectorActivations}, from 0; returns where the scalar tail starts. */
    abstract int applyVector(float[] x, float[] y);

    /** As {@link #derive} with {@link VectorActivations}, from 0; returns where the scalar tail starts. */
    abstract int deriveVector(float[] y, float[] dout, float[] dx);
}
