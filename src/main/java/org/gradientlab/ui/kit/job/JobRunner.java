package org.gradientlab.ui.kit.job;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where every lab's background work runs: one pool of daemon threads owned by the kit (the only
 * executor in ui/) and one hand-over to the FX thread that runs at the animation pulse. Labs
 * reach it through {@link LabJob} and {@link LatestWins}; tests build a runner on executors
 * they drive by hand, so the order of work, cancel and hand-over is theirs to choose.
 */
public final class JobRunner {
    private static final class Shared {
        static final JobRunner INSTANCE = new JobRunner(pool(), new PulseExecutor());
    }

    private final Executor worker;
    private final Executor fx;

    /**
     * @param worker runs the work; any number of threads
     * @param fx     runs hand-overs on the FX thread
     */
    public JobRunner(Executor worker, Executor fx) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** The app's runner: the kit's daemon pool, hand-overs once per pulse. Threads start with the first job. */
    public static JobRunner shared() {
        return Shared.INSTANCE;
    }

    /** A latest-wins lane on this runner: see {@link LatestWins}. */
    public <Q, R> LatestWins<Q, R> latestWins(Function<Q, R> compute, Consumer<R> apply) {
        return new LatestWins<>(worker, fx, compute, apply);
    }

    /**
     * Runs {@code task} on the pool with nothing to report: work done ahead of need, such as
     * registering the fonts while the window is built. A throwable reaches the uncaught handler.
     */
    public void ahead(Runnable task) {
        worker.execute(task);
    }

    Executor worker() {
        return worker;
    }

    Executor fx() {
        return fx;
    }

    private static ExecutorService pool() {
        AtomicInteger count = new AtomicInteger();
        // Cached: labs run few jobs at once, and an idle app holds no threads after a minute.
        return Executors.newCachedThreadPool(task -> Thread.ofPlatform().daemon()
                .name("lab-job-" + count.incrementAndGet()).unstarted(task));
    }
}
