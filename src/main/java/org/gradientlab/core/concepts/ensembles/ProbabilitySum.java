package org.gradientlab.core.concepts.ensembles;

import java.util.function.IntUnaryOperator;

import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.nn.SoftmaxWithLoss;

/**
 * A running sum of softmax outputs over the same examples, for the averaged prediction of an
 * ensemble (CS231n lecture 7: "average the predictions of the models"): after k members the
 * mean is sum / k and the ensemble predicts its argmax. Sums in double, so k equal float
 * probabilities add exactly (24-bit mantissas, k ≤ 2²⁹) and their mean is exactly the member's:
 * an ensemble of copies predicts as the copy does.
 */
public final class ProbabilitySum {
    private final int rows;
    private final int classes;
    private final double[] sum;
    private int count;

    public ProbabilitySum(int rows, int classes) {
        if (rows < 0 || classes < 1) {
            throw new IllegalArgumentException("need rows >= 0 and classes >= 1, got " + rows + " and " + classes);
        }
        this.rows = rows;
        this.classes = classes;
        this.sum = new double[rows * classes];
    }

    /** softmax(scores) row by row, [rows, classes] (book: functions.py softmax). */
    public static Matrix softmax(Matrix scores) {
        Matrix p = new Matrix(scores.rows, scores.cols);
        SoftmaxWithLoss.softmax(scores, p);
        return p;
    }

    /**
     * The softmax of {@code net}'s scores for {@code x}: in inference mode ({@code train} false:
     * dropout scaled by 1 − ratio) or with freshly drawn dropout masks ({@code train} true).
     */
    public static Matrix predict(MultiLayerNet net, Matrix x, boolean train) {
        return softmax(net.predict(x, train));
    }

    /** Adds one member's probabilities, [rows, classes]. */
    public void add(Matrix memberProbabilities) {
        if (memberProbabilities.rows != rows || memberProbabilities.cols != classes) {
            throw new IllegalArgumentException("expected " + rows + "x" + classes + " probabilities, got "
                    + memberProbabilities);
        }
        float[] p = memberProbabilities.data;
        for (int i = 0; i < sum.length; i++) {
            sum[i] += p[i];
        }
        count++;
    }

    /** Members added so far. */
    public int count() {
        return count;
    }

    /** The mean probabilities, [rows, classes], each row summing to 1 up to rounding. */
    public double[] mean() {
        requireMembers();
        double[] mean = new double[sum.length];
        for (int i = 0; i < sum.length; i++) {
            mean[i] = sum[i] / count;
        }
        return mean;
    }

    /** The class of the highest mean probability of {@code row}, the first on ties (numpy's argmax). */
    public int predicted(int row) {
        requireMembers();
        int offset = row * classes;
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (sum[offset + c] > sum[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    /** Share of rows whose averaged prediction is their label. */
    public double accuracy(int[] labels) {
        if (labels.length != rows) {
            throw new IllegalArgumentException(labels.length + " labels for " + rows + " rows");
        }
        return accuracy(this::predicted, labels);
    }

    /** Share of rows where the argmax of {@code probabilities} (one member alone) is the label. */
    public static double accuracy(Matrix probabilities, int[] labels) {
        return accuracy(row -> MultiLayerNet.argmax(probabilities, row), labels);
    }

    private static double accuracy(IntUnaryOperator predicted, int[] labels) {
        if (labels.length == 0) {
            return 0;
        }
        int correct = 0;
        for (int r = 0; r < labels.length; r++) {
            if (predicted.applyAsInt(r) == labels[r]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }

    public int rows() {
        return rows;
    }

    private void requireMembers() {
        if (count == 0) {
            throw new IllegalStateException("no member added yet");
        }
    }
}
