package org.gradientlab.core.concepts.ensembles;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.Futures;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;

/**
 * Model ensembles (CS231n lecture 7): train N nets independently, then predict with the mean
 * of their softmax outputs. Members train in parallel, one per core.
 */
public final class Ensembles {
    private Ensembles() {}

    /**
     * Trains and tests every member of {@code config} on {@code data}, calling {@code onMember}
     * (from a worker thread, in any order) as each one is done.
     *
     * @throws CancellationException when {@code cancelled} turns true; every worker stops
     *                               within one iteration
     */
    public static EnsembleResult run(EnsembleConfig config, Mnist data, BooleanSupplier cancelled,
                                     Consumer<Member> onMember) {
        SmallNet setup = config.net();
        Dataset test = data.test().first(setup.testSize());
        Matrix x = test.imageMatrix();
        int threads = Math.max(1, Math.min(config.nets(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().daemon().name("ensemble-", 0).factory());
        // One member failing stops the others: the ensemble is lost anyway.
        AtomicBoolean abandoned = new AtomicBoolean();
        BooleanSupplier stop = () -> abandoned.get() || cancelled.getAsBoolean();
        try {
            List<Future<Trained>> futures = new ArrayList<>();
            for (int i = 0; i < config.nets(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    try {
                        long[] seeds = config.memberSeeds(index);
                        MultiLayerNet net = SmallNetTrainer.train(setup, data.train(), 0, seeds[0], seeds[1], stop,
                                done -> { });
                        Matrix p = ProbabilitySum.predict(net, x, false);
                        Member member = new Member(index, seeds[0], ProbabilitySum.accuracy(p, test.labels()));
                        onMember.accept(member);
                        return new Trained(member, net, p);
                    } catch (RuntimeException | Error e) {
                        abandoned.set(true);
                        throw e;
                    }
                }));
            }
            List<Trained> trained = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<Trained> future : futures) {
                try {
                    trained.add(await(future));
                } catch (RuntimeException e) {
                    // Report the error itself, not the cancellations it caused in the other members.
                    if (failure == null || failure instanceof CancellationException) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            List<Double> ensemble = new ArrayList<>();
            ProbabilitySum sum = new ProbabilitySum(test.count(), Mnist.CLASSES);
            for (Trained t : trained) {
                sum.add(t.probabilities());
                ensemble.add(sum.accuracy(test.labels()));
            }
            return new EnsembleResult(config, trained.stream().map(Trained::member).toList(), ensemble,
                    trained.stream().map(Trained::net).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Trained(Member member, MultiLayerNet net, Matrix probabilities) {}

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw Futures.cause(e);
        }
    }
}
