package org.gradientlab.core.experiment.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.gradientlab.core.data.BatchSampler;
import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.optim.Optimizer;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * The book's training loop (draw a mini-batch with replacement, backpropagate, update), keeping
 * a snapshot of the weights (and of the batch-norm running statistics) every {@code snapshotEvery}
 * iterations, at the start and at the end.
 */
public final class PathTrainer {
    private PathTrainer() {}

    /**
     * Trains a net of {@code network} with {@code optimizer} on {@code train} for
     * {@code iterations} updates, its mini-batches of {@code batchSize} drawn from {@code batchSeed};
     * {@code onIteration} gets the updates done after each one (on this thread).
     *
     * @throws CancellationException when {@code cancelled} turns true (checked every iteration)
     */
    public static TrainedPath train(MultiLayerNetConfig network, OptimizerSettings optimizer, Dataset train,
                                    int batchSize, int iterations, int snapshotEvery, long batchSeed,
                                    BooleanSupplier cancelled, IntConsumer onIteration) {
        if (iterations < 1 || snapshotEvery < 1) {
            throw new IllegalArgumentException("need iterations >= 1 and snapshotEvery >= 1, got " + iterations
                    + ", " + snapshotEvery);
        }
        MultiLayerNet net = new MultiLayerNet(network);
        ParameterLayout layout = ParameterLayout.of(net);
        Optimizer rule = optimizer.create();
        BatchSampler batches = new BatchSampler(train, batchSize, new SplittableRandom(batchSeed));
        List<Integer> at = new ArrayList<>(List.of(0));
        List<float[]> snapshots = new ArrayList<>(List.of(layout.snapshot(net)));
        List<RunningStats> stats = new ArrayList<>(List.of(RunningStats.of(net)));
        double[] losses = new double[iterations];
        for (int i = 1; i <= iterations; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("training cancelled");
            }
            batches.next();
            losses[i - 1] = net.gradient(batches.x(), batches.t());
            rule.update(net.parameters());
            if (i % snapshotEvery == 0 || i == iterations) {
                at.add(i);
                snapshots.add(layout.snapshot(net));
                stats.add(RunningStats.of(net));
            }
            onIteration.accept(i);
        }
        return new TrainedPath(network, layout, at, snapshots, losses, stats);
    }
}
