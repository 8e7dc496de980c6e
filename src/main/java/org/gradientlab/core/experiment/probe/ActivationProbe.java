package org.gradientlab.core.experiment.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.BatchNorm;
import org.gradientlab.core.linalg.Gemm;
import org.gradientlab.core.nn.Layer;
import org.gradientlab.core.linalg.Matrix;

/**
 * Runs the activation-histogram experiment (DESIGN.md; book ch06/weight_init_activation_histogram.py)
 * and summarizes every layer. Meant to be rerun as a slider moves, so it keeps its draws: the
 * N(0, 1) input, upstream gradient and unit weights U depend only on the seed and the sizes, and
 * W = std·U, so another init only rescales U. Buffers and layers are reused between runs.
 *
 * <p>Randomness: {@link SplittableRandom#nextGaussian()} (a ziggurat, faster than
 * {@code Random}'s polar method). Stream k is the (k+1)-th split of {@code new
 * SplittableRandom(seed)}: k = 0 the input, 1 the upstream gradient, 2 + l the weights of layer
 * l, so each draw stays the same when other sizes change (more layers keep the first ones).
 *
 * <p>One run at a time: {@link #run} is synchronized.
 */
public final class ActivationProbe {
    private long seed;
    private int samples = -1;
    private int nodes = -1;
    private Matrix input;
    private Matrix upstream;
    private final List<float[]> unitWeights = new ArrayList<>();
    private final List<Matrix> weights = new ArrayList<>();
    private final List<Double> weightScales = new ArrayList<>();

    private Activation activation;
    private final List<Layer> activationLayers = new ArrayList<>();
    private final List<BatchNorm> norms = new ArrayList<>();
    private final List<Matrix> preActivations = new ArrayList<>();
    private final List<Matrix> inputGradients = new ArrayList<>();

    public synchronized ActivationProbeResult run(ActivationProbeConfig config) {
        prepare(config);
        int layers = config.layers();
        double scale = config.init().std(nodes);
        Activation act = config.activation();
        List<LayerStatistics> activationStats = new ArrayList<>(layers);
        Matrix x = input;
        for (int l = 0; l < layers; l++) {
            Matrix a = Matrix.reuse(preActivations.get(l), samples, nodes);
            preActivations.set(l, a);
            // a = x·W  ([samples, nodes]·[nodes, nodes]); no bias, as the book's script
            Gemm.multiply(x, false, weights(l, scale), false, a, false);
            Matrix normalized = config.batchNorm() ? norms.get(l).forward(a, true) : a;
            x = activationLayers.get(l).forward(normalized, true);
            activationStats.add(LayerStatistics.of(l + 1, x.data, config.bins(), config.rangeMin(),
                    config.rangeMax(), act.saturationLow(), act.saturationHigh()));
        }
        List<LayerStatistics> gradientStats = config.backward() ? backward(config, scale) : List.of();
        return new ActivationProbeResult(config, activationStats, gradientStats);
    }

    /** dz of the last layer ~ N(0, 1); back through act, [BatchNorm] and x·W to each layer's input. */
    private List<LayerStatistics> backward(ActivationProbeConfig config, double scale) {
        int layers = config.layers();
        if (upstream == null) {
            upstream = gaussian(stream(1), samples, nodes);
        }
        Matrix gradient = upstream;
        double largest = 0;
        for (int l = layers - 1; l >= 0; l--) {
            Matrix da = activationLayers.get(l).backward(gradient);
            if (config.batchNorm()) {
                da = norms.get(l).backward(da);
            }
            Matrix dx = Matrix.reuse(inputGradients.get(l), samples, nodes);
            inputGradients.set(l, dx);
            // dx = da·Wᵀ
            Gemm.multiply(da, false, weights(l, scale), true, dx, false);
            for (float g : dx.data) {
                largest = Math.max(largest, Math.abs(g));
            }
            gradient = dx;
        }
        double half = largest > 0 && Double.isFinite(largest) ? largest : 1;
        List<LayerStatistics> stats = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            stats.add(LayerStatistics.of(l + 1, inputGradients.get(l).data, config.bins(), -half, half,
                    Double.NaN, Double.NaN));
        }
        return stats;
    }

    /** Redraws what the seed or the sizes changed and makes the per-layer objects. */
    private void prepare(ActivationProbeConfig config) {
        boolean reseeded = config.seed() != seed;
        if (reseeded || config.samples() != samples || config.nodes() != nodes) {
            seed = config.seed();
            samples = config.samples();
            input = null;
            upstream = null;
        }
        if (reseeded || config.nodes() != nodes) {
            nodes = config.nodes();
            unitWeights.clear();
            weights.clear();
            weightScales.clear();
        }
        if (input == null) {
            input = gaussian(stream(0), samples, nodes);
        }
        if (config.activation() != activation) {
            activation = config.activation();
            activationLayers.clear();
        }
        while (activationLayers.size() < config.layers()) {
            activationLayers.add(activation.newLayer());
        }
        while (norms.size() < config.layers()) {
            norms.add(new BatchNorm(nodes));
            preActivations.add(null);
            inputGradients.add(null);
        }
        for (int l = 0; l < config.layers(); l++) {
            if (config.batchNorm() && norms.get(l).gamma().length != nodes) {
                norms.set(l, new BatchNorm(nodes));
            }
        }
    }

    /** W of layer l = scale·U_l, rescaled only when the scale changed. */
    private Matrix weights(int l, double scale) {
        while (unitWeights.size() <= l) {
            int layer = unitWeights.size();
            unitWeights.add(gaussian(stream(2 + layer), nodes, nodes).data);
            weights.add(new Matrix(nodes, nodes));
            weightScales.add(Double.NaN);
        }
        Matrix w = weights.get(l);
        if (weightScales.get(l) != scale) {
            float[] unit = unitWeights.get(l);
            float s = (float) scale;
            for (int i = 0; i < unit.length; i++) {
                w.data[i] = s * unit[i];
            }
            weightScales.set(l, scale);
        }
        return w;
    }

    private SplittableRandom stream(int index) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < index; i++) {
            root.split();
        }
        return root.split();
    }

    private static Matrix gaussian(SplittableRandom random, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextGaussian();
        }
        return m;
    }
}
