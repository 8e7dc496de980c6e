package org.gradientlab.core.optim;

/** Momentum SGD (book: common/optimizer.py Momentum): v = α·v − lr·g; W += v. */
public final class Momentum extends ElementwiseOptimizer {
    private final double momentum;

    Momentum(OptimizerSettings settings) {
        super(settings, OptimizerKind.MOMENTUM, "v");
        this.momentum = settings.momentum();
    }

    @Override
    protected void updateParameter(Values w, Values g, double[][] slots) {
        double[] v = slots[0];
        for (int i = 0, n = w.size(); i < n; i++) {
            v[i] = momentum * v[i] - lr * g.get(i);
            w.set(i, w.get(i) + v[i]);
        }
    }
}
