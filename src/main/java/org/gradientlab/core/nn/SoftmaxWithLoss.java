package org.gradientlab.core.nn;

import org.gradientlab.core.linalg.Matrix;

/**
 * Softmax followed by the cross-entropy error, mean over the batch (book: layers.py
 * SoftmaxWithLoss with label indices): loss = −Σ_i log(y[i, t_i] + 1e-7) / N, and
 * dL/dx = (y − onehot(t)) / N.
 */
public final class SoftmaxWithLoss {
    /** Keeps log finite when a probability underflows to 0 (book: cross_entropy_error). */
    public static final double LOG_EPSILON = 1e-7;

    private Matrix y;
    private int[] labels;
    private Matrix dx;

    /** scores: [batch, classes], labels: [batch] in [0, classes) → the mean loss. */
    public double forward(Matrix scores, int[] labels) {
        if (labels.length != scores.rows) {
            throw new IllegalArgumentException(labels.length + " labels for " + scores.rows + " rows of scores");
        }
        y = Matrix.reuse(y, scores.rows, scores.cols);
        softmax(scores, y);
        double sum = 0;
        for (int r = 0; r < scores.rows; r++) {
            int label = labels[r];
            if (label < 0 || label >= scores.cols) {
                throw new IllegalArgumentException("label " + label + " at row " + r
                        + " is outside [0, " + scores.cols + ")");
            }
            sum += Math.log(y.data[r * scores.cols + label] + LOG_EPSILON);
        }
        this.labels = labels;
        return -sum / scores.rows;
    }

    /** dx: [batch, classes] = (y − onehot(t)) / N for an upstream gradient of 1. */
    public Matrix backward() {
        if (y == null) {
            throw new IllegalStateException("backward before forward");
        }
        int n = y.rows;
        int classes = y.cols;
        dx = Matrix.reuse(dx, n, classes);
        float scale = 1f / n;
        for (int i = 0; i < y.data.length; i++) {
            dx.data[i] = y.data[i] * scale;
        }
        for (int r = 0; r < n; r++) {
            dx.data[r * classes + labels[r]] -= scale;
        }
        return dx;
    }

    /** The probabilities of the last forward, [batch, classes]. */
    public Matrix probabilities() {
        return y;
    }

    /**
     * Row-wise softmax, the row maximum subtracted first so exp never overflows
     * (book: functions.py softmax).
     */
    public static void softmax(Matrix scores, Matrix target) {
        int classes = scores.cols;
        for (int r = 0; r < scores.rows; r++) {
            int row = r * classes;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, scores.data[row + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                double e = Math.exp(scores.data[row + c] - max);
                target.data[row + c] = (float) e;
                sum += e;
            }
            float inverse = (float) (1 / sum);
            for (int c = 0; c < classes; c++) {
                target.data[row + c] *= inverse;
            }
        }
    }
}
