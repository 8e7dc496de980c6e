package org.gradientlab.ui.kit.job;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the newest request only: while the worker computes, later requests replace each other
 * in one slot, and the worker takes whatever is there when it is free. Results are handed to
 * the FX thread the same way, so a slow frame skips stale results instead of queueing them. A
 * slider dragged faster than the worker computes thus shows the latest setting it can, never a
 * backlog. One computation at a time, on any executor. A computation that throws (an Error
 * too) is rethrown on the FX thread, where the app's uncaught-exception handler shows it, and
 * the next request runs as usual. Made by {@link JobRunner#latestWins}.
 *
 * @param <Q> request
 * @param <R> result
 */
public final class LatestWins<Q, R> {
    private final Executor worker;
    private final Executor applier;
    private final Function<Q, R> compute;
    private final Consumer<R> apply;
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicReference<R> ready = new AtomicReference<>();
    private final AtomicBoolean computing = new AtomicBoolean();

    LatestWins(Executor worker, Executor applier, Function<Q, R> compute, Consumer<R> apply) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.applier = Objects.requireNonNull(applier, "applier");
        this.compute = Objects.requireNonNull(compute, "compute");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    /** Queues {@code request}, replacing one not started yet. Any thread. */
    public void submit(Q request) {
        Objects.requireNonNull(request, "request");
        pending.set(request);
        schedule();
    }

    /** Starts the loop unless it runs: on a pool, two loops would compute side by side. */
    private void schedule() {
        if (computing.compareAndSet(false, true)) {
            worker.execute(this::computeLatest);
        }
    }

    private void computeLatest() {
        try {
            for (Q request = pending.getAndSet(null); request != null; request = pending.getAndSet(null)) {
                R result;
                try {
                    result = compute.apply(request);
                } catch (RuntimeException | Error e) {
                    applier.execute(() -> {
                        throw e;
                    });
                    continue;
                }
                if (ready.getAndSet(result) == null) {
                    applier.execute(this::applyLatest);
                }
            }
        } finally {
            computing.set(false);
        }
        // A request that came after the last poll but before the flag fell.
        if (pending.get() != null) {
            schedule();
        }
    }

    private void applyLatest() {
        R result = ready.getAndSet(null);
        if (result != null) {
            apply.accept(result);
        }
    }
}
