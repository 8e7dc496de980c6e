package org.gradientlab.core.nn;

/**
 * An element-wise activation y = f(x). Every f here has a derivative that can be written from
 * y alone, so the cache is the output, as the book's Sigmoid keeps {@code self.out}.
 * Each subclass writes its own loop so the JIT compiles (and vectorises) one function per loop.
 */
public abstract sealed class ActivationLayer implements Layer permits Sigmoid, Tanh, Relu, LeakyRelu, Elu {
    private Matrix out;
    private Matrix dx;

    @Override
    public final Matrix forward(Matrix x, boolean train) {
        out = Matrix.reuse(out, x.rows, x.cols);
        apply(x.data, out.data);
        return out;
    }

    @Override
    public final Matrix backward(Matrix dout) {
        if (out == null || dout.rows != out.rows || dout.cols != out.cols) {
            throw new IllegalStateException("backward of " + dout + " does not follow a forward of that shape");
        }
        dx = Matrix.reuse(dx, dout.rows, dout.cols);
        derive(out.data, dout.data, dx.data);
        return dx;
    }

    /** y[i] = f(x[i]). */
    abstract void apply(float[] x, float[] y);

    /** dx[i] = dout[i] · f'(x[i]), with f' written from y[i] = f(x[i]). */
    abstract void derive(float[] y, float[] dout, float[] dx);
}
