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
            layers.add(new Measured(i + 1, affine.weights().cols, norm(affine.weightGradient().data), function,
                    out == null ? null : activationNumbers(out, function)));
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
            float[] w = affines.get(i).weights().data;
            float[] old = before[i];
            double change = 0;
            for (int j = 0; j < w.length; j++) {
                double d = (double) w[j] - old[j];
                change += d * d;
            }
            double weights = norm(old);
            stats.add(measured.get(i).stats(weights == 0 ? Double.NaN : Math.sqrt(change) / weights));
        }
        measured = null;
        return stats;
    }

    static double norm(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }

    /** One layer's numbers from before the update, waiting for its update ratio. */
    private record Measured(int layer, int units, double gradientNorm, Activation function, double[] numbers) {

        LayerStats stats(double updateRatio) {
            if (numbers == null) {
                return new LayerStats(layer, units, gradientNorm, updateRatio, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN, new int[0]);
            }
            int[] counts = new int[BINS];
            for (int b = 0; b < BINS; b++) {
                counts[b] = (int) numbers[4 + b];
            }
            return new LayerStats(layer, units, gradientNorm, updateRatio, numbers[0], numbers[1], numbers[2],
                    numbers[3], function.histogramMin(), function.histogramMax(), counts);
        }
    }

    /** {dead share, saturated share, mean, std, then the bin counts as doubles}. */
    private static double[] activationNumbers(Matrix out, Activation function) {
        double low = function.saturationLow() + SATURATION_MARGIN;
        double high = function.saturationHigh() - SATURATION_MARGIN;
        boolean saturates = !Double.isNaN(low) || !Double.isNaN(high);
        double min = function.histogramMin();
        double width = (function.histogramMax() - min) / BINS;
        double[] numbers = new double[4 + BINS];
        boolean[] alive = new boolean[out.cols];
        long saturatedCount = 0;
        double sum = 0;
        double squares = 0;
        float[] y = out.data;
        for (int r = 0; r < out.rows; r++) {
            int offset = r * out.cols;
            for (int c = 0; c < out.cols; c++) {
                double v = y[offset + c];
                if (v != 0) {
                    alive[c] = true;
                }
                if (v < low || v > high) {
                    saturatedCount++;
                }
                sum += v;
                squares += v * v;
                int bin = (int) Math.floor((v - min) / width);
                numbers[4 + Math.max(0, Math.min(BINS - 1, bin))]++;
            }
        }
        int dead = 0;
        for (boolean a : alive) {
            if (!a) {
                dead++;
            }
        }
        double n = (double) out.rows * out.cols;
        double mean = sum / n;
        numbers[0] = (double) dead / out.cols;
        numbers[1] = saturates ? saturatedCount / n : Double.NaN;
        numbers[2] = mean;
        numbers[3] = Math.sqrt(Math.max(0, squares / n - mean * mean));
        return numbers;
    }
}
