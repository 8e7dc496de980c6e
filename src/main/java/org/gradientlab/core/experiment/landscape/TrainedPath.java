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
 * @param stats      the batch-norm running statistics at each snapshot ({@link RunningStats#NONE}
 *                   without batch norm), what the net measures with in inference mode
 */
public record TrainedPath(MultiLayerNetConfig network, ParameterLayout layout, List<Integer> iterations,
                          List<float[]> snapshots, double[] batchLoss, List<RunningStats> stats) {
    public TrainedPath {
        iterations = List.copyOf(iterations);
        snapshots = List.copyOf(snapshots);
        stats = List.copyOf(stats);
        if (iterations.size() != snapshots.size() || snapshots.size() < 2 || stats.size() != snapshots.size()) {
            throw new IllegalArgumentException(iterations.size() + " iterations and " + stats.size()
                    + " statistics for " + snapshots.size() + " snapshots; need at least the start and the end");
        }
    }

    /** A path of a net without batch norm: no running statistics. */
    public TrainedPath(MultiLayerNetConfig network, ParameterLayout layout, List<Integer> iterations,
                       List<float[]> snapshots, double[] batchLoss) {
        this(network, layout, iterations, snapshots, batchLoss,
                java.util.Collections.nCopies(snapshots.size(), RunningStats.NONE));
    }

    /** The running statistics of θ₀ (a fresh net's). */
    public RunningStats initialStats() {
        return stats.get(0);
    }

    /** The running statistics of θ₁, gathered along the whole training. */
    public RunningStats lastStats() {
        return stats.get(stats.size() - 1);
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
