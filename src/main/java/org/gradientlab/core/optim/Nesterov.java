package org.gradientlab.core.optim;

/**
 * Nesterov's accelerated gradient in the book's form since its 2021 fix (common/optimizer.py,
 * commit 89eadd0; Bengio et al., arXiv:1212.0901): W += α·α·v − (1+α)·lr·g, then
 * v = α·v − lr·g. W moves with the old v, so the first step is −(1+α)·lr·g.
 */
public final class Nesterov extends ElementwiseOptimizer {
    private final double momentum;

    Nesterov(OptimizerSettings settings) {
        super(settings, OptimizerKind.NESTEROV, "v");
        this.momentum = settings.momentum();
    }

    @Override
    protected void updateParameter(Values w, Values g, double[][] slots) {
        double[] v = slots[0];
        for (int i = 0, n = w.size(); i < n; i++) {
            double gi = g.get(i);
            double wi = w.get(i) + momentum * momentum * v[i];
            w.set(i, wi - (1 + momentum) * lr * gi);
            v[i] = v[i] * momentum - lr * gi;
        }
    }
}
