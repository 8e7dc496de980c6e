package org.gradientlab.core.experiment.landscape;

import java.util.List;

import org.gradientlab.core.nn.MultiLayerNetConfig;

/**
 * A net's weights along its training: θ at iteration 0, then every few iterations, and at the end.
 *
 * @param network    the net's shape (its seed drew θ₀)
 * @param layout     where each parameter sits in θ
 * @param iterations the iteration of each snapshot, rising, first 0, last the final one
 * @param snapshots  θ at those iterations, single precision as the net holds them
 * @param batchLoss  the mini-batch loss of every update, in order
 */
public record TrainedPath(MultiLayerNetConfig network, ParameterLayout layout, List<Integer> iterations,
                          List<float[]> snapshots, double[] batchLoss) {
    public TrainedPath {
        iterations = List.copyOf(iterations);
        snapshots = List.copyOf(snapshots);
        if (iterations.size() != snapshots.size() || snapshots.size() < 2) {
            throw new IllegalArgumentException(iterations.size() + " iterations for " + snapshots.size()
                    + " snapshots; need at least the start and the end");
        }
    }

    /** θ₀, the initial weights. */
    public double[] initial() {
        return widen(snapshots.get(0));
    }

    /** θ₁, the final weights. */
    public double[] last() {
        return widen(snapshots.get(snapshots.size() - 1));
    }

    private static double[] widen(float[] theta) {
        double[] out = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            out[i] = theta[i];
        }
        return out;
    }
}
