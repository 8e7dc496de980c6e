package org.gradientlab.core.optim;

/** AdaGrad (book: common/optimizer.py AdaGrad): h += g²; W -= lr·g / (√h + 1e-7). */
public final class AdaGrad extends ElementwiseOptimizer {
    AdaGrad(OptimizerSettings settings) {
        super(settings, OptimizerKind.ADAGRAD, "h");
    }

    @Override
    protected void updateParameter(Values w, Values g, double[][] slots) {
        double[] h = slots[0];
        for (int i = 0, n = w.size(); i < n; i++) {
            double gi = g.get(i);
            h[i] += gi * gi;
            w.set(i, w.get(i) - lr * gi / (Math.sqrt(h[i]) + EPSILON));
        }
    }

    @Override
    protected double[] stepSize(double[][] slots) {
        return adaptiveStepSize(lr, slots[0]);
    }
}
