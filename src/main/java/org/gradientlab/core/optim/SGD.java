package org.gradientlab.core.optim;

/** Stochastic gradient descent (book: common/optimizer.py SGD): W -= lr·g. */
public final class SGD extends ElementwiseOptimizer {
    SGD(OptimizerSettings settings) {
        super(settings, OptimizerKind.SGD);
    }

    @Override
    protected void updateParameter(Values w, Values g, double[][] slots) {
        for (int i = 0, n = w.size(); i < n; i++) {
            w.set(i, w.get(i) - lr * g.get(i));
        }
    }
}
