package org.gradientlab.core.nn;

import java.util.ArrayList;
import java.util.List;

import org.gradientlab.core.linalg.Matrix;

/**
 * Looks inside a {@link MultiLayerNet} at a training iteration without changing it: per layer
 * the histogram, dead share and saturated share of the activations of the forward pass that gave
 * the gradient, the norm of the weight gradient, and the ratio of the weight update to the
 * weights. A training step calls {@link #beforeUpdate()} after {@code gradient} and before the
 * optimizer's update, then {@link #afterUpdate()} after it. It only reads the network (the weights
 * before the update are copied into buffers the probe owns), so training with or without a probe
 * gives the same numbers. Not thread-safe: it belongs to the network's training thread.
 */
public final class LayerProbe {
    /** Bins of every activation histogram: with the ReLU family's [−1, 4] a bin edge falls at 0. */
    public static final int BINS = 30;
    /** An output within this distance of an activation's asymptote counts as saturated. */
    public static final double SATURATION_MARGIN = 0.01;

    private final MultiLayerNet net;
    private final List<Affine> affines = new ArrayList<>();
    private final List<ActivationLayer> activations = new ArrayList<>();
    private final float[][] before;
    private List<Measured> measured;

    public LayerProbe(MultiLayerNet net) {
        this.net = net;
        for (Layer layer : net.layers()) {
            if (layer instanceof Affine affine) {
                affines.add(affine);
            } else if (layer instanceof ActivationLayer activation) {
                activations.add(activation);
            }
        }
        before = new float[affines.size()][];
        for (int i = 0; i < before.length; i++) {
            before[i] = new float[affines.get(i).weights().data.length];
        }
    }

    /** Measures the activations and gradients of the last {@code gradient} call and keeps the weights. */
    public void beforeUpdate() {
        Activation function = net.config().activation();
        List<Measured> layers = new ArrayList<>();
        for (int i = 0; i < affines.size(); i++) {
            Affine affine = affines.get(i);
            float[] w = affine.weights().data;
            System.arraycopy(w, 0, before[i], 0, w.length);
            Matrix out = i < activations.size() ? activations.get(i).lastOutput() : null;
            int[] counts = new int[out == null ? 0 : BINS];
            double[] numbers = out == null ? null : activationNumbers(out, function, counts);
            layers.add(new Measured(i + 1, affine.weights().cols, norm(affine.weightGradient().data), function,
                    numbers, counts));
        }
        measured = layers;
    }

    /** The statistics of every layer, W1 first, now that the update has been applied. */
    public List<LayerStats> afterUpdate() {
        if (measured == null) {
            throw new IllegalStateException("afterUpdate without beforeUpdate");
        }
        List<LayerStats> stats = new ArrayList<>(measured.size());
        for (int i = 0; i < measured.size(); i++) {
            double weights = norm(before[i]);
            double change = distance(affines.get(i).weights().data, before[i]);
            stats.add(measured.get(i).stats(weights == 0 ? Double.NaN : change / weights));
        }
        measured = null;
        return stats;
    }

    /** ‖v‖ in double, summed in four independent chains (one chain waits on every add). */
    static double norm(float[] v) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < v.length; i += 4) {
            s0 += (double) v[i] * v[i];
            s1 += (double) v[i + 1] * v[i + 1];
            s2 += (double) v[i + 2] * v[i + 2];
            s3 += (double) v[i + 3] * v[i + 3];
        }
        for (; i < v.length; i++) {
            s0 += (double) v[i] * v[i];
        }
        return Math.sqrt((s0 + s1) + (s2 + s3));
    }

    /** ‖a − b‖ in double, as {@link #norm}. */
    static double distance(float[] a, float[] b) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            double d0 = (double) a[i] - b[i];
            double d1 = (double) a[i + 1] - b[i + 1];
            double d2 = (double) a[i + 2] - b[i + 2];
            double d3 = (double) a[i + 3] - b[i + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < a.length; i++) {
            double d = (double) a[i] - b[i];
            s0 += d * d;
        }
        return Math.sqrt((s0 + s1) + (s2 + s3));
    }

    /** One layer's numbers from before the update, waiting for its update ratio; null numbers for the output layer. */
    private record Measured(int layer, int units, double gradientNorm, Activation function, double[] numbers,
                            int[] counts) {

        LayerStats stats(double updateRatio) {
            if (numbers == null) {
                return new LayerStats(layer, units, gradientNorm, updateRatio, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN, new int[0]);
            }
            return new LayerStats(layer, units, gradientNorm, updateRatio, numbers[0], numbers[1], numbers[2],
                    numbers[3], function.histogramMin(), function.histogramMax(), counts);
        }
    }

    /**
     * {dead share, saturated share, mean, std} of {@code out}, filling {@code counts}. Sums run per
     * column (independent chains), the histogram in int counts.
     */
    private static double[] activationNumbers(Matrix out, Activation function, int[] counts) {
        double low = function.saturationLow() + SATURATION_MARGIN;
        double high = function.saturationHigh() - SATURATION_MARGIN;
        boolean saturates = !Double.isNaN(low) || !Double.isNaN(high);
        float lowF = saturates && !Double.isNaN(low) ? (float) low : Float.NEGATIVE_INFINITY;
        float highF = saturates && !Double.isNaN(high) ? (float) high : Float.POSITIVE_INFINITY;
        float min = (float) function.histogramMin();
        float scale = (float) (BINS / (function.histogramMax() - function.histogramMin()));
        int cols = out.cols;
        double[] sums = new double[cols];
        double[] squares = new double[cols];
        boolean[] alive = new boolean[cols];
        int[] lanes = new int[4 * BINS];
        long saturatedCount = 0;
        float[] y = out.data;
        for (int r = 0; r < out.rows; r++) {
            int offset = r * cols;
            for (int c = 0; c < cols; c++) {
                float v = y[offset + c];
                alive[c] |= v != 0;
                sums[c] += v;
                squares[c] += (double) v * v;
            }
            for (int c = 0; c < cols; c++) {
                float v = y[offset + c];
                // Branch-free: ReLU's outputs are 0 or not at random, which no branch predicts.
                saturatedCount += (v < lowF) | (v > highF) ? 1 : 0;
                int bin = Math.max(0, Math.min(BINS - 1, (int) ((v - min) * scale)));
                // Four interleaved histograms: most outputs share a bin (ReLU's 0), and one
                // counter incremented again and again waits on its own last store.
                lanes[(c & 3) * BINS + bin]++;
            }
        }
        for (int b = 0; b < BINS; b++) {
            counts[b] = lanes[b] + lanes[BINS + b] + lanes[2 * BINS + b] + lanes[3 * BINS + b];
        }
        int dead = 0;
        double sum = 0;
        double square = 0;
        for (int c = 0; c < cols; c++) {
            dead += alive[c] ? 0 : 1;
            sum += sums[c];
            square += squares[c];
        }
        double n = (double) out.rows * cols;
        double mean = sum / n;
        return new double[] {(double) dead / cols, saturates ? saturatedCount / n : Double.NaN, mean,
                Math.sqrt(Math.max(0, square / n - mean * mean))};
    }
}
