package org.gradientlab.core.nn;

import java.util.Arrays;

import org.gradientlab.core.linalg.Matrix;

/**
 * Batch normalization (Ioffe & Szegedy 2015; book: layers.py BatchNormalization), per feature:
 * training xn = (x − μ_batch)/√(σ²_batch + ε), out = γ·xn + β; running μ, σ² follow
 * running = m·running + (1 − m)·batch with m = 0.9, and inference normalizes with them.
 */
public final class BatchNorm implements Layer {
    /** The book's {@code 10e-7}, which is 1e-6 (not 1e-7). */
    public static final double EPSILON = 10e-7;
    public static final double MOMENTUM = 0.9;

    private final int features;
    private final float[] gamma;
    private final float[] beta;
    private final float[] gammaGradient;
    private final float[] betaGradient;
    // Start at zero as in the book, so early inference is skewed until the averages warm up.
    private final double[] runningMean;
    private final double[] runningVar;

    private final double[] mean;
    private final double[] var;
    private final double[] std;
    // Per-feature factors of backward, kept to avoid allocating each step.
    private final float[] scale;
    private final float[] betaShare;
    private final float[] gammaShare;
    private Matrix xn;
    private boolean trained;
    private Matrix out;
    private Matrix dx;

    /** γ = 1, β = 0 for {@code features} features. */
    public BatchNorm(int features) {
        if (features < 1) {
            throw new IllegalArgumentException("batch norm needs at least 1 feature, got " + features);
        }
        this.features = features;
        gamma = new float[features];
        Arrays.fill(gamma, 1f);
        beta = new float[features];
        gammaGradient = new float[features];
        betaGradient = new float[features];
        runningMean = new double[features];
        runningVar = new double[features];
        mean = new double[features];
        var = new double[features];
        std = new double[features];
        scale = new float[features];
        betaShare = new float[features];
        gammaShare = new float[features];
    }

    // x: [batch, features] → out: [batch, features]
    @Override
    public Matrix forward(Matrix x, boolean train) {
        if (x.cols != features) {
            throw new IllegalArgumentException("batch norm of " + features + " features got " + x);
        }
        int n = x.rows;
        out = Matrix.reuse(out, n, features);
        if (train) {
            xn = Matrix.reuse(xn, n, features);
            columnMoments(x);
            for (int j = 0; j < features; j++) {
                runningMean[j] = MOMENTUM * runningMean[j] + (1 - MOMENTUM) * mean[j];
                runningVar[j] = MOMENTUM * runningVar[j] + (1 - MOMENTUM) * var[j];
                std[j] = Math.sqrt(var[j] + EPSILON);
            }
            normalize(x, mean, std, xn);
        } else {
            // The batch's std is not needed at inference; the array holds the running one here.
            for (int j = 0; j < features; j++) {
                std[j] = Math.sqrt(runningVar[j] + EPSILON);
            }
            normalize(x, runningMean, std, out);
        }
        trained = train;
        Matrix normalized = train ? xn : out;
        for (int r = 0; r < n; r++) {
            int row = r * features;
            for (int j = 0; j < features; j++) {
                out.data[row + j] = gamma[j] * normalized.data[row + j] + beta[j];
            }
        }
        return out;
    }

    /** mean, var ← μ and the biased variance (numpy's var) of each column. */
    private void columnMoments(Matrix x) {
        Arrays.fill(mean, 0);
        Arrays.fill(var, 0);
        int n = x.rows;
        for (int r = 0; r < n; r++) {
            int row = r * features;
            for (int j = 0; j < features; j++) {
                mean[j] += x.data[row + j];
            }
        }
        for (int j = 0; j < features; j++) {
            mean[j] /= n;
        }
        for (int r = 0; r < n; r++) {
            int row = r * features;
            for (int j = 0; j < features; j++) {
                double centred = x.data[row + j] - mean[j];
                var[j] += centred * centred;
            }
        }
        for (int j = 0; j < features; j++) {
            var[j] /= n;
        }
    }

    private void normalize(Matrix x, double[] centre, double[] scale, Matrix target) {
        for (int r = 0; r < x.rows; r++) {
            int row = r * features;
            for (int j = 0; j < features; j++) {
                target.data[row + j] = (float) ((x.data[row + j] - centre[j]) / scale[j]);
            }
        }
    }

    /**
     * dout: [batch, features] → dx. The book's chain (dxn, dxc, dstd, dvar, dmu) collapses,
     * using Σ_i xn = 0, to dx = γ/std · (dout − dβ/N − xn·dγ/N) with dβ = Σ_i dout and
     * dγ = Σ_i xn·dout.
     */
    @Override
    public Matrix backward(Matrix dout) {
        if (!trained || dout.rows != xn.rows || dout.cols != features) {
            throw new IllegalStateException("backward of " + dout + " does not follow a training forward of that batch");
        }
        int n = dout.rows;
        Arrays.fill(betaGradient, 0f);
        Arrays.fill(gammaGradient, 0f);
        for (int r = 0; r < n; r++) {
            int row = r * features;
            for (int j = 0; j < features; j++) {
                betaGradient[j] += dout.data[row + j];
                gammaGradient[j] += xn.data[row + j] * dout.data[row + j];
            }
        }
        dx = Matrix.reuse(dx, n, features);
        for (int j = 0; j < features; j++) {
            scale[j] = (float) (gamma[j] / std[j]);
            betaShare[j] = betaGradient[j] / n;
            gammaShare[j] = gammaGradient[j] / n;
        }
        for (int r = 0; r < n; r++) {
            int row = r * features;
            for (int j = 0; j < features; j++) {
                dx.data[row + j] = scale[j]
                        * (dout.data[row + j] - betaShare[j] - xn.data[row + j] * gammaShare[j]);
            }
        }
        return dx;
    }

    /** γ: [features], updated in place by an optimizer. */
    public float[] gamma() {
        return gamma;
    }

    /** β: [features]. */
    public float[] beta() {
        return beta;
    }

    /** dγ, set by the last backward. */
    public float[] gammaGradient() {
        return gammaGradient;
    }

    /** dβ, set by the last backward. */
    public float[] betaGradient() {
        return betaGradient;
    }

    /**
     * Sets the running mean and variance inference normalises with (copied), e.g. to measure a
     * net at weights it never trained at with the statistics of another point (landscape line).
     */
    public void setRunning(double[] mean, double[] variance) {
        if (mean.length != features || variance.length != features) {
            throw new IllegalArgumentException("batch norm of " + features + " features got " + mean.length
                    + " means and " + variance.length + " variances");
        }
        System.arraycopy(mean, 0, runningMean, 0, features);
        System.arraycopy(variance, 0, runningVar, 0, features);
    }

    /** A copy of the running mean used at inference. */
    public double[] runningMean() {
        return runningMean.clone();
    }

    /** A copy of the running variance used at inference. */
    public double[] runningVar() {
        return runningVar.clone();
    }
}
