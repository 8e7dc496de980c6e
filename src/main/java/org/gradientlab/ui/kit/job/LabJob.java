package org.gradientlab.ui.kit.job;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A lab's background work, started, cancelled and ended on the FX thread. Every run ends in
 * exactly one report to its {@link Ending}: done, cancelled or failed. Failed carries what the
 * worker threw, an {@link Error} such as OutOfMemoryError too, so no button stays locked and no
 * spinner spins on. A cancel takes effect at the worker's next check of
 * {@link JobContext#control()} (the core checks it every iteration); a cancel that comes after
 * the worker's last check still turns the end into cancelled, never into silence. A job can be
 * started again once ended; starting it while it runs, or {@link #forget()}, drops the old run's
 * reports so a late record never writes over a reset page.
 *
 * <p>Built on the kit's {@link JobRunner} rather than javafx.concurrent.Task: the core's loops
 * check a {@link org.gradientlab.core.experiment.RunControl}, records are coalesced per frame
 * through {@link JobContext} channels, and tests drive worker and hand-over by hand.
 *
 * @param <R> the result
 */
public final class LabJob<R> {
    /** The work, on a worker thread. Throwing CancellationException ends the run as cancelled. */
    @FunctionalInterface
    public interface Work<R> {
        R run(JobContext context) throws Exception;
    }

    /** How a run ended; exactly one call per run, on the FX thread, after the run's records. */
    public interface Ending<R> {
        void done(R result);

        void cancelled();

        /** Anything but a cancellation: bad settings, a corrupt file, even running out of memory. */
        void failed(Throwable error);

        /** An ending of three lambdas. */
        static <R> Ending<R> of(Consumer<R> done, Runnable cancelled, Consumer<Throwable> failed) {
            Objects.requireNonNull(done, "done");
            Objects.requireNonNull(cancelled, "cancelled");
            Objects.requireNonNull(failed, "failed");
            return new Ending<>() {
                @Override
                public void done(R result) {
                    done.accept(result);
                }

                @Override
                public void cancelled() {
                    cancelled.run();
                }

                @Override
                public void failed(Throwable error) {
                    failed.accept(error);
                }
            };
        }
    }

    private final String name;
    private final JobRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private JobContext current;

    /** A job on the app's shared runner; {@code name} names its worker thread while it runs. */
    public LabJob(String name) {
        this(name, JobRunner.shared());
    }

    public LabJob(String name, JobRunner runner) {
        this.name = Objects.requireNonNull(name, "name");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /**
     * Starts {@code work}; a run still going is forgotten first (restart). Returns the run's
     * context, whose channels may be made before the worker uses them. FX thread.
     */
    public JobContext start(Work<R> work, Ending<R> ending) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(ending, "ending");
        forget();
        JobContext run = new JobContext(runner.fx());
        current = run;
        running.set(true);
        runner.worker().execute(() -> work(run, work, ending));
        return run;
    }

    private void work(JobContext run, Work<R> work, Ending<R> ending) {
        Thread thread = Thread.currentThread();
        String poolName = thread.getName();
        thread.setName(name);
        try {
            R result = work.run(run);
            end(run, ending, () -> ending.done(result));
        } catch (InterruptedException e) {
            end(run, ending, ending::cancelled);
        } catch (Throwable e) {
            // An Error too: uncaught it would kill the thread and leave the page busy for good.
            Throwable cause = JobFailure.cause(e);
            end(run, ending, cause instanceof CancellationException ? ending::cancelled : () -> ending.failed(cause));
        } finally {
            thread.setName(poolName);
        }
    }

    /** Hands the end to the FX thread; the cancel flag is read there, so a late cancel still counts. */
    private void end(JobContext run, Ending<R> ending, Runnable outcome) {
        run.fx().execute(() -> {
            if (run.isForgotten()) {
                return;
            }
            run.drainAll();
            if (current == run) {
                current = null;
                running.set(false);
            }
            if (run.isCancelled()) {
                ending.cancelled();
            } else {
                outcome.run();
            }
        });
    }

    /** Asks the running work to stop; its end comes as {@link Ending#cancelled()}. FX thread. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Holds the work at its next check of the control until {@link #resume()}. FX thread. */
    public void pause() {
        if (current != null) {
            current.control().pause();
        }
    }

    public void resume() {
        if (current != null) {
            current.control().resume();
        }
    }

    /** Cancels the running work and drops its records and its end: nothing of it reaches the page. FX thread. */
    public void forget() {
        if (current != null) {
            current.forget();
            current = null;
            running.set(false);
        }
    }

    /** True from start until the run's end is reported (or it is forgotten). FX thread. */
    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
