package org.gradientlab.core.concepts.ensembles;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.gradientlab.core.data.BatchSampler;
import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.optim.Optimizer;

/**
 * The book's training loop for one small net, kept with its weights (the experiment runner's
 * series drop their net when they end): draw a mini-batch, backpropagate, update.
 */
final class SmallNetTrainer {
    private SmallNetTrainer() {}

    /**
     * A net of {@code setup} with {@code dropoutRatio}, its weights (and dropout masks) from
     * {@code netSeed} and its mini-batches from {@code batchSeed}, trained on the first
     * {@code setup.trainSize()} images of {@code train}.
     *
     * {@code onIteration} gets the number of updates done after each one.
     *
     * @throws CancellationException when {@code cancelled} turns true (checked every iteration)
     */
    static MultiLayerNet train(SmallNet setup, Dataset train, double dropoutRatio, long netSeed, long batchSeed,
                               BooleanSupplier cancelled, IntConsumer onIteration) {
        MultiLayerNet net = new MultiLayerNet(setup.network(dropoutRatio, netSeed));
        Optimizer optimizer = setup.optimizer().create();
        Dataset subset = setup.trainSize() == train.count() ? train : train.first(setup.trainSize());
        BatchSampler batches = new BatchSampler(subset, setup.batchSize(), new SplittableRandom(batchSeed));
        for (int i = 0; i < setup.iterations(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("training cancelled");
            }
            batches.next();
            net.gradient(batches.x(), batches.t());
            optimizer.update(net.parameters());
            onIteration.accept(i + 1);
        }
        return net;
    }
}
