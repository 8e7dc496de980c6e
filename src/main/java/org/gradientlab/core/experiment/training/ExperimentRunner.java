package org.gradientlab.core.experiment.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.Futures;
import org.gradientlab.core.experiment.RunControl;

/**
 * Runs experiments on a fixed pool of worker threads, one per core by default. Series are
 * independent, so they train in parallel; each runs in slices of about
 * {@value #SLICE_MILLIS} ms and goes back to the queue between slices, so that all active
 * series advance together (a UI shows every curve growing) while no more threads than cores
 * compete. At most {@link #maxActiveSeries()} series hold a network at a time; the rest wait
 * their turn in order. Results do not depend on the threads: every series has its own network,
 * optimizer and seeded mini-batches.
 */
public final class ExperimentRunner implements AutoCloseable {
    static final long SLICE_MILLIS = 20;

    private final ExecutorService pool;
    private final int threads;
    private final Set<Run> running = ConcurrentHashMap.newKeySet();

    /** A runner with one thread per available processor. */
    public ExperimentRunner() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ExperimentRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "experiment-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public int threads() {
        return threads;
    }

    /** Series trained at once: every series of the four-optimizer comparison, a few per core. */
    public int maxActiveSeries() {
        return Math.max(4, 2 * threads);
    }

    /**
     * Starts {@code config} on {@code data} and returns at once. {@code listener} hears every
     * record on the worker threads; {@code control} cancels or pauses the run. The future
     * completes when every series has ended (also when cancelled), or exceptionally when a
     * series or the listener threw.
     */
    public CompletableFuture<ExperimentResult> start(ExperimentConfig config, Mnist data, RunControl control,
                                                     ProgressListener listener) {
        return start(config, config.plan(data), control, listener);
    }

    /**
     * As {@link #start(ExperimentConfig, Mnist, RunControl, ProgressListener)} for series planned
     * from {@code config} and then varied (e.g. a learning-rate schedule and a name each);
     * {@code config} is what the result reports.
     */
    public CompletableFuture<ExperimentResult> start(ExperimentConfig config, List<SeriesPlan> plans,
                                                     RunControl control, ProgressListener listener) {
        Run run = new Run(config, plans, control, listener);
        running.add(run);
        run.result.whenComplete((result, failure) -> running.remove(run));
        run.begin();
        return run.result;
    }

    /** As {@link #start}, waiting for the result; an interrupt cancels the run. */
    public ExperimentResult run(ExperimentConfig config, Mnist data, RunControl control, ProgressListener listener)
            throws InterruptedException {
        return await(start(config, data, control, listener), control);
    }

    public static ExperimentResult await(CompletableFuture<ExperimentResult> result, RunControl control)
            throws InterruptedException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            control.cancel();
            throw e;
        } catch (ExecutionException e) {
            throw Futures.cause(e);
        }
    }

    /** Stops the worker threads; runs still going end with a {@link CancellationException}. */
    @Override
    public void close() {
        pool.shutdownNow();
        running.forEach(run -> run.result.completeExceptionally(new CancellationException("experiment runner closed")));
    }

    /** One experiment in progress: which series wait, which train, how many are left. */
    private final class Run {
        final CompletableFuture<ExperimentResult> result = new CompletableFuture<>();
        private final ExperimentConfig config;
        private final List<SeriesTrainer> trainers = new ArrayList<>();
        private final RunControl control;
        private final ProgressListener listener;
        private final long start = System.nanoTime();
        private volatile Throwable failure;
        private int nextToStart;
        private int unfinished;

        Run(ExperimentConfig config, List<SeriesPlan> plans, RunControl control, ProgressListener listener) {
            this.config = config;
            this.control = control;
            this.listener = listener;
            // Series drawing the same batches (same training set, seed and size) share them.
            Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < plans.size(); i++) {
                SeriesPlan plan = plans.get(i);
                groups.computeIfAbsent(List.of(plan.train(), plan.batchSeed(),
                        plan.batchSize()), key -> new ArrayList<>()).add(i);
            }
            SeriesTrainer[] built = new SeriesTrainer[plans.size()];
            for (List<Integer> group : groups.values()) {
                SeriesPlan first = plans.get(group.get(0));
                SharedBatches shared = group.size() < 2 || group.size() > Long.SIZE ? null
                        : new SharedBatches(first.train(), first.batchSeed(), first.batchSize(), group.size());
                for (int member = 0; member < group.size(); member++) {
                    int i = group.get(member);
                    built[i] = new SeriesTrainer(plans.get(i), i, start, shared, member);
                }
            }
            trainers.addAll(List.of(built));
            unfinished = trainers.size();
        }

        void begin() {
            if (trainers.isEmpty()) {
                finish();
            }
            for (int i = 0; i < maxActiveSeries(); i++) {
                startNext();
            }
        }

        private void startNext() {
            SeriesTrainer next;
            synchronized (this) {
                if (nextToStart == trainers.size()) {
                    return;
                }
                next = trainers.get(nextToStart++);
            }
            submit(next);
        }

        private void submit(SeriesTrainer trainer) {
            try {
                pool.execute(() -> slice(trainer));
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(new CancellationException("experiment runner closed"));
            }
        }

        private void slice(SeriesTrainer trainer) {
            boolean ended;
            try {
                ended = trainer.runSlice(() -> control.isCancelled() || failure != null, control, listener,
                        SLICE_MILLIS * 1_000_000);
            } catch (Throwable e) {
                failure = e;
                ended = true;
            }
            if (!ended) {
                if (!control.park(() -> submit(trainer))) {
                    submit(trainer);
                }
                return;
            }
            boolean last;
            synchronized (this) {
                last = --unfinished == 0;
            }
            startNext();
            if (last) {
                finish();
            }
        }

        private void finish() {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            List<SeriesResult> series = trainers.stream().map(SeriesTrainer::result).toList();
            result.complete(new ExperimentResult(config, series, (System.nanoTime() - start) / 1e9,
                    series.stream().anyMatch(s -> s.status() == SeriesResult.Status.CANCELLED)));
        }
    }
}
