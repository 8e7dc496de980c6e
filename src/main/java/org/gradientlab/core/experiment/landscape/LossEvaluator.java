package org.gradientlab.core.experiment.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.experiment.Futures;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.nn.MultiLayerNetConfig;

/**
 * The loss of a net at many weight vectors θ, on a fixed set of images, spread over threads: each
 * thread owns a net of the same shape, sets its parameters to the next θ and measures
 * {@link MultiLayerNet#loss} on all the images as one batch.
 *
 * <p>The loss is measured in inference mode, as the trained net is used: a batch-norm layer
 * normalises with running statistics given with each point ({@link StatsAt}; the final net's for
 * the slice), not with those of the measured images, so each image's loss is its own and the
 * mean does not depend on how many images are measured or in which order. The nets have no
 * dropout, so without batch norm inference and training mode give the same number. The result is
 * a function of θ and the statistics alone, the same whichever thread measured it.
 */
public final class LossEvaluator {

    /** Writes the point with this index into {@code theta}; called from any of the threads. */
    @FunctionalInterface
    public interface Points {
        void fill(int index, double[] theta);
    }

    /** The batch-norm running statistics to measure point {@code index} with; null keeps the net's own. */
    @FunctionalInterface
    public interface StatsAt {
        RunningStats at(int index);
    }

    private final MultiLayerNetConfig network;
    private final ParameterLayout layout;
    private final Matrix images;
    private final int[] labels;
    private final int threads;

    public LossEvaluator(MultiLayerNetConfig network, ParameterLayout layout, Dataset data, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.network = network;
        this.layout = layout;
        this.images = data.imageMatrix();
        this.labels = data.labels();
        this.threads = threads;
    }

    /** The loss at one θ with a fresh net's running statistics, on this thread. */
    public double loss(double[] theta) {
        return loss(theta, null);
    }

    /** The loss at one θ with the running statistics {@code stats} (null: a fresh net's), on this thread. */
    public double loss(double[] theta, RunningStats stats) {
        MultiLayerNet net = new MultiLayerNet(network);
        layout.assign(net, theta);
        if (stats != null) {
            stats.assign(net);
        }
        return net.loss(images, labels, false);
    }

    /**
     * The loss at points 0 … count−1; {@code onPoint} gets the number measured so far after each
     * (from a worker thread).
     *
     * @throws CancellationException when {@code cancelled} turns true; every thread stops before its next point
     */
    public double[] losses(int count, Points points, BooleanSupplier cancelled, IntConsumer onPoint) {
        return losses(count, points, index -> null, cancelled, onPoint);
    }

    /**
     * As {@link #losses(int, Points, BooleanSupplier, IntConsumer)}, point {@code i} measured with
     * the running statistics {@code stats.at(i)} (null: the net's own, a fresh net's).
     */
    public double[] losses(int count, Points points, StatsAt stats, BooleanSupplier cancelled, IntConsumer onPoint) {
        double[] out = new double[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger measured = new AtomicInteger();
        AtomicBoolean abandoned = new AtomicBoolean();
        int workers = Math.max(1, Math.min(threads, count));
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().daemon().name("landscape-", 0).factory());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    try {
                        MultiLayerNet net = new MultiLayerNet(network);
                        double[] theta = new double[layout.size()];
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            if (abandoned.get() || cancelled.getAsBoolean()) {
                                throw new CancellationException("loss landscape cancelled");
                            }
                            points.fill(i, theta);
                            layout.assign(net, theta);
                            RunningStats at = stats.at(i);
                            if (at != null) {
                                at.assign(net);
                            }
                            out[i] = net.loss(images, labels, false);
                            onPoint.accept(measured.incrementAndGet());
                        }
                        return null;
                    } catch (RuntimeException | Error e) {
                        abandoned.set(true);
                        throw e;
                    }
                }));
            }
            RuntimeException failure = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = Futures.cause(e);
                    if (failure == null || failure instanceof CancellationException) {
                        failure = cause;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    abandoned.set(true);
                    throw new CancellationException("interrupted");
                }
            }
            if (failure != null) {
                throw failure;
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
