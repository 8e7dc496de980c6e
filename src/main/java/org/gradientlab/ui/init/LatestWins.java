package org.gradientlab.ui.init;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the newest request only: while the worker computes, later requests replace each other
 * in one slot, and the worker takes whatever is there when it is free. Results are handed to
 * the apply executor (the FX thread) the same way, so a slow frame skips stale results instead
 * of queueing them. A slider dragged faster than the worker computes thus shows the latest
 * setting it can, never a backlog.
 *
 * @param <Q> request
 * @param <R> result
 */
final class LatestWins<Q, R> {
    private final Executor worker;
    private final Executor applier;
    private final Function<Q, R> compute;
    private final Consumer<R> apply;
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicReference<R> ready = new AtomicReference<>();

    /**
     * @param worker  runs {@code compute}; must run one task at a time (a single thread)
     * @param applier runs {@code apply} (Platform::runLater)
     */
    LatestWins(Executor worker, Executor applier, Function<Q, R> compute, Consumer<R> apply) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.applier = Objects.requireNonNull(applier, "applier");
        this.compute = Objects.requireNonNull(compute, "compute");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    /** Queues {@code request}, replacing one not started yet. */
    void submit(Q request) {
        Objects.requireNonNull(request, "request");
        // Only the submit that fills an empty slot schedules a run; the run empties the slot first.
        if (pending.getAndSet(request) == null) {
            worker.execute(this::computeLatest);
        }
    }

    private void computeLatest() {
        Q request = pending.getAndSet(null);
        if (request == null) {
            return;
        }
        R result = compute.apply(request);
        if (ready.getAndSet(result) == null) {
            applier.execute(this::applyLatest);
        }
    }

    private void applyLatest() {
        R result = ready.getAndSet(null);
        if (result != null) {
            apply.accept(result);
        }
    }
}
