package org.gradientlab.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.optim.Parameter;
import org.gradientlab.core.optim.Values;

/**
 * A fully connected network, layer for layer the book's MultiLayerNetExtend: per hidden layer
 * Affine → [BatchNorm] → activation → [Dropout], then Affine → SoftmaxWithLoss, with weight decay
 * ½·λ·ΣW² on every W (not on b, γ, β). Parameters are named as the book's dictionaries: W1, b1,
 * gamma1, beta1, …, W(L+1), b(L+1).
 *
 * <p>Randomness: {@code new SplittableRandom(seed)}; the weights come from its first split (W1,
 * W2, … in order, {@code nextGaussian}), each Dropout layer from a further split.
 * Not thread-safe: a network belongs to one training thread.
 */
public final class MultiLayerNet {
    /** Rows predicted at once by {@link #accuracy}, bounding its buffers for 60 000 images. */
    static final int EVALUATION_CHUNK = 1000;

    private final MultiLayerNetConfig config;
    private final List<Layer> layers;
    private final List<Affine> affines = new ArrayList<>();
    private final SoftmaxWithLoss lastLayer = new SoftmaxWithLoss();
    private final List<Parameter> parameters;
    private Matrix chunk;

    public MultiLayerNet(MultiLayerNetConfig config) {
        this.config = config;
        List<Layer> layers = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom weightRandom = root.split();
        List<Integer> sizes = new ArrayList<>();
        sizes.add(config.inputSize());
        sizes.addAll(config.hiddenSizes());
        sizes.add(config.outputSize());
        for (int idx = 1; idx < sizes.size(); idx++) {
            int in = sizes.get(idx - 1);
            int out = sizes.get(idx);
            Affine affine = Affine.initialized(in, out, config.weightInit(), weightRandom);
            if (idx == 1) {
                // Its input is data, often mostly zeros (MNIST: 81 % of the pixels).
                affine.skipZeroInputs();
            }
            affines.add(affine);
            layers.add(affine);
            parameters.add(new Parameter("W" + idx, Values.of(affine.weights().data),
                    Values.of(affine.weightGradient().data)));
            parameters.add(new Parameter("b" + idx, Values.of(affine.bias()), Values.of(affine.biasGradient())));
            if (idx == sizes.size() - 1) {
                break;
            }
            if (config.batchNorm()) {
                BatchNorm norm = new BatchNorm(out);
                layers.add(norm);
                parameters.add(new Parameter("gamma" + idx, Values.of(norm.gamma()), Values.of(norm.gammaGradient())));
                parameters.add(new Parameter("beta" + idx, Values.of(norm.beta()), Values.of(norm.betaGradient())));
            }
            layers.add(config.activation().newLayer());
            if (config.dropoutRatio() > 0) {
                layers.add(new Dropout(config.dropoutRatio(), root.split()));
            }
        }
        this.layers = List.copyOf(layers);
        this.parameters = List.copyOf(parameters);
    }

    public MultiLayerNetConfig config() {
        return config;
    }

    /** x: [batch, input] → class scores [batch, output] (before softmax), owned by the last Affine. */
    public Matrix predict(Matrix x, boolean train) {
        if (x.cols != config.inputSize()) {
            throw new IllegalArgumentException("network of input size " + config.inputSize() + " got " + x);
        }
        Matrix out = x;
        for (Layer layer : layers) {
            out = layer.forward(out, train);
        }
        return out;
    }

    /** Mean cross-entropy of the batch plus ½·λ·ΣW² over every W. */
    public double loss(Matrix x, int[] labels, boolean train) {
        return lastLayer.forward(predict(x, train), labels) + weightDecayLoss();
    }

    private double weightDecayLoss() {
        double lambda = config.weightDecay();
        if (lambda == 0) {
            return 0;
        }
        double sum = 0;
        for (Affine affine : affines) {
            for (float w : affine.weights().data) {
                sum += (double) w * w;
            }
        }
        return 0.5 * lambda * sum;
    }

    /**
     * Backpropagation in training mode: fills every parameter's gradient (dW includes λ·W) and
     * returns the loss of this forward pass, so a training step needs no second forward.
     */
    public double gradient(Matrix x, int[] labels) {
        double loss = loss(x, labels, true);
        Matrix dout = lastLayer.backward();
        for (int i = layers.size() - 1; i > 0; i--) {
            dout = layers.get(i).backward(dout);
        }
        affines.get(0).backwardParameters(dout);
        float lambda = (float) config.weightDecay();
        if (lambda != 0) {
            for (Affine affine : affines) {
                float[] w = affine.weights().data;
                float[] dw = affine.weightGradient().data;
                for (int i = 0; i < w.length; i++) {
                    dw[i] += lambda * w[i];
                }
            }
        }
        return loss;
    }

    /** Share of rows whose highest score is at their label, predicted in inference mode. */
    public double accuracy(Matrix x, int[] labels) {
        return accuracy(x, labels, x.rows);
    }

    /** As {@link #accuracy(Matrix, int[])} over the first {@code count} rows only. */
    public double accuracy(Matrix x, int[] labels, int count) {
        if (labels.length != x.rows) {
            throw new IllegalArgumentException(labels.length + " labels for " + x.rows + " rows");
        }
        if (count < 0 || count > x.rows) {
            throw new IllegalArgumentException("cannot measure " + count + " of " + x.rows + " rows");
        }
        if (count == 0) {
            return 0;
        }
        int correct = 0;
        for (int start = 0; start < count; start += EVALUATION_CHUNK) {
            int rows = Math.min(EVALUATION_CHUNK, count - start);
            Matrix part = x;
            if (rows != x.rows) {
                chunk = Matrix.reuse(chunk, rows, x.cols);
                System.arraycopy(x.data, start * x.cols, chunk.data, 0, rows * x.cols);
                part = chunk;
            }
            Matrix scores = predict(part, false);
            for (int r = 0; r < rows; r++) {
                if (argmax(scores, r) == labels[start + r]) {
                    correct++;
                }
            }
        }
        return (double) correct / count;
    }

    /** Column of the highest score in {@code row}, the first on ties (as numpy's argmax). */
    public static int argmax(Matrix scores, int row) {
        int best = 0;
        int offset = row * scores.cols;
        for (int c = 1; c < scores.cols; c++) {
            if (scores.data[offset + c] > scores.data[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    /** W1, b1, [gamma1, beta1,] …: views an optimizer updates in place; the same list each call. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The layers in forward order, without the final SoftmaxWithLoss. */
    public List<Layer> layers() {
        return layers;
    }
}
