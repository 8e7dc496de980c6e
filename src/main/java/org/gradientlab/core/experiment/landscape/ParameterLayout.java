package org.gradientlab.core.experiment.landscape;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.gradientlab.core.nn.Affine;
import org.gradientlab.core.nn.Layer;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.optim.Parameter;
import org.gradientlab.core.optim.Values;

/**
 * Where each parameter of a {@link MultiLayerNet} sits in one flat vector θ: W1, b1, [gamma1,
 * beta1,] W2, … in the order of {@link MultiLayerNet#parameters()}, each row-major. A W block
 * is [in, out] (out = x·W + b), so neuron j's incoming weights, its "filter", are column j.
 */
public final class ParameterLayout {

    /**
     * One parameter's place in θ.
     *
     * @param rows   the W's inputs, or 1 for a vector
     * @param cols   the W's neurons, or the vector's length
     * @param weight true for a W (a direction moves it), false for b, gamma, beta
     */
    public record Block(String name, int offset, int rows, int cols, boolean weight) {
        public int size() {
            return rows * cols;
        }
    }

    private final List<Block> blocks;
    private final int size;

    public ParameterLayout(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
        int end = 0;
        for (Block block : this.blocks) {
            if (block.offset() != end) {
                throw new IllegalArgumentException("block " + block.name() + " starts at " + block.offset()
                        + ", expected " + end);
            }
            end += block.size();
        }
        this.size = end;
    }

    /** The layout of {@code net}'s parameters. */
    public static ParameterLayout of(MultiLayerNet net) {
        Iterator<Affine> affines = net.layers().stream().filter(Affine.class::isInstance).map(Affine.class::cast)
                .toList().iterator();
        List<Block> blocks = new ArrayList<>();
        int offset = 0;
        for (Parameter p : net.parameters()) {
            Block block;
            if (p.name().startsWith("W")) {
                Affine affine = affines.next();
                block = new Block(p.name(), offset, affine.weights().rows, affine.weights().cols, true);
            } else {
                block = new Block(p.name(), offset, 1, p.value().size(), false);
            }
            if (block.size() != p.value().size()) {
                throw new IllegalStateException("parameter " + p.name() + " has " + p.value().size() + " values");
            }
            blocks.add(block);
            offset += block.size();
        }
        return new ParameterLayout(blocks);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Length of θ. */
    public int size() {
        return size;
    }

    /** θ of {@code net}: every parameter, in order, exactly (float → double). */
    public double[] flatten(MultiLayerNet net) {
        double[] theta = new double[size];
        int i = 0;
        for (Parameter p : net.parameters()) {
            Values values = p.value();
            for (int k = 0; k < values.size(); k++) {
                theta[i++] = values.get(k);
            }
        }
        return theta;
    }

    /** As {@link #flatten} in single precision: a snapshot of the path at half the memory, still exact. */
    public float[] snapshot(MultiLayerNet net) {
        double[] theta = flatten(net);
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = (float) theta[i];
        }
        return out;
    }

    /** Sets {@code net}'s parameters to θ (rounded to the net's precision); the inverse of {@link #flatten}. */
    public void assign(MultiLayerNet net, double[] theta) {
        if (theta.length != size) {
            throw new IllegalArgumentException("θ of length " + theta.length + " for a net of " + size + " parameters");
        }
        int i = 0;
        for (Parameter p : net.parameters()) {
            Values values = p.value();
            for (int k = 0; k < values.size(); k++) {
                values.set(k, theta[i++]);
            }
        }
    }
}
