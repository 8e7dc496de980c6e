package org.gradientlab.core.optim;

import java.util.Map;

/**
 * Adam (Kingma &amp; Ba, arXiv:1412.6980; book form with lr_t, common/optimizer.py Adam):
 * t += 1; lr_t = lr·√(1−β2ᵗ)/(1−β1ᵗ); m += (1−β1)(g−m); v += (1−β2)(g²−v);
 * W -= lr_t·m / (√v + 1e-7).
 */
public final class Adam extends ElementwiseOptimizer {
    /** Scalar name of lr_t in {@link OptimizerState#scalars()}. */
    public static final String LR_T = "lr_t";

    private final double beta1;
    private final double beta2;
    private double lrT;

    Adam(OptimizerSettings settings) {
        super(settings, OptimizerKind.ADAM, "m", "v");
        this.beta1 = settings.beta1();
        this.beta2 = settings.beta2();
    }

    @Override
    protected void beginStep(long t) {
        lrT = lr * Math.sqrt(1.0 - Math.pow(beta2, t)) / (1.0 - Math.pow(beta1, t));
    }

    @Override
    protected void updateParameter(Values w, Values g, double[][] slots) {
        double[] m = slots[0];
        double[] v = slots[1];
        for (int i = 0, n = w.size(); i < n; i++) {
            double gi = g.get(i);
            m[i] += (1 - beta1) * (gi - m[i]);
            v[i] += (1 - beta2) * (gi * gi - v[i]);
            w.set(i, w.get(i) - lrT * m[i] / (Math.sqrt(v[i]) + EPSILON));
        }
    }

    @Override
    protected double[] stepSize(double[][] slots) {
        return adaptiveStepSize(lrT, slots[1]);
    }

    @Override
    protected Map<String, Double> scalars() {
        return Map.of(LR_T, lrT);
    }
}
