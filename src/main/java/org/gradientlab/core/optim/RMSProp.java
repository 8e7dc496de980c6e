package org.gradientlab.core.optim;

/**
 * RMSProp (book: common/optimizer.py RMSprop): h = decay·h + (1−decay)·g²;
 * W -= lr·g / (√h + 1e-7).
 */
public final class RMSProp extends ElementwiseOptimizer {
    private final double decay;

    RMSProp(OptimizerSettings settings) {
        super(settings, OptimizerKind.RMSPROP, "h");
        this.decay = settings.decay();
    }

    @Override
    protected void updateParameter(Values w, Values g, double[][] slots) {
        double[] h = slots[0];
        for (int i = 0, n = w.size(); i < n; i++) {
            double gi = g.get(i);
            h[i] = h[i] * decay + (1 - decay) * gi * gi;
            w.set(i, w.get(i) - lr * gi / (Math.sqrt(h[i]) + EPSILON));
        }
    }

    @Override
    protected double[] stepSize(double[][] slots) {
        return adaptiveStepSize(lr, slots[0]);
    }
}
