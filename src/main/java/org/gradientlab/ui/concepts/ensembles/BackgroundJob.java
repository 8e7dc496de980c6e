package org.gradientlab.ui.concepts.ensembles;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.gradientlab.ui.widgets.FrameDrain;

/**
 * One computation off the FX thread, cancellable, whose updates reach the FX thread at most
 * once per frame: the worker {@link #post}s actions, a {@link FrameDrain} runs them in a pulse.
 * Actions of a job that was cancelled or replaced are dropped, so a late update never writes
 * over a reset page.
 *
 * @param <R> the result
 */
final class BackgroundJob<R> {
    /** How a job ended, reported on the FX thread. */
    interface Ending<R> {
        void done(R result);

        void cancelled();

        /** Any throwable but a cancellation: bad settings, missing data, even running out of memory. */
        void failed(Throwable error);
    }

    private final FrameDrain<Runnable> drain = new FrameDrain<>(batch -> batch.forEach(Runnable::run));
    private volatile boolean cancelled;
    private boolean over;

    private BackgroundJob() {}

    /**
     * Starts {@code work} on a daemon thread named {@code name}; it gets this job to post to and
     * to poll for cancellation. FX thread.
     */
    static <R> BackgroundJob<R> start(String name, Function<BackgroundJob<R>, R> work, Ending<R> ending) {
        BackgroundJob<R> job = new BackgroundJob<>();
        job.drain.start();
        Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                R result = work.apply(job);
                job.report(() -> ending.done(result), ending);
            } catch (CancellationException e) {
                job.drain.offer(() -> job.end(ending::cancelled));
            } catch (RuntimeException | Error e) {
                job.report(() -> ending.failed(e), ending);
            }
        });
        return job;
    }

    /** Runs {@code action} on the FX thread in a coming pulse, unless the job was cancelled. Any thread. */
    void post(Runnable action) {
        drain.offer(() -> {
            if (!cancelled) {
                action.run();
            }
        });
    }

    /** A post that takes the value computed now. */
    <T> Consumer<T> poster(Consumer<T> action) {
        return value -> post(() -> action.accept(value));
    }

    /** What the worker polls: true once {@link #cancel()} was called. */
    BooleanSupplier cancelledFlag() {
        return () -> cancelled;
    }

    /** Asks the worker to stop; its last actions are dropped except the cancellation report. FX thread. */
    void cancel() {
        cancelled = true;
    }

    boolean isOver() {
        return over;
    }

    /**
     * The end of work that returned or failed. It is never dropped like a late {@link #post}: a
     * cancel that came after the worker's last check would leave the job running forever.
     */
    private void report(Runnable outcome, Ending<R> ending) {
        drain.offer(() -> end(cancelled ? ending::cancelled : outcome));
    }

    private void end(Runnable report) {
        over = true;
        drain.stop();
        report.run();
    }
}
