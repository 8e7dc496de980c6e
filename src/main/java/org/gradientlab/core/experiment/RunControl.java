package org.gradientlab.core.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancel, pause and resume for a running experiment, safe to call from any thread. Every series
 * checks it before each iteration, so a request takes effect within one iteration: after
 * {@link #cancel()} or {@link #pause()} returns, each running series publishes at most the
 * record of the iteration it was in. A paused series holds no thread: it waits here, as a task
 * to resubmit, until {@link #resume()} or {@link #cancel()}.
 */
public final class RunControl {
    private volatile boolean cancelled;
    private volatile boolean paused;
    // Series that stopped for a pause, to be rescheduled on resume or cancel.
    private final List<Runnable> parked = new ArrayList<>();

    /** Stops every series at its next iteration; a cancelled control stays cancelled. */
    public void cancel() {
        cancelled = true;
        release();
    }

    /** Holds every series at its next iteration until {@link #resume()}. */
    public void pause() {
        synchronized (parked) {
            paused = true;
        }
    }

    public void resume() {
        release();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isPaused() {
        return paused;
    }

    /**
     * Keeps {@code continuation} until the run may go on, if it is paused and not cancelled;
     * returns false (and keeps nothing) when the caller may go on now.
     */
    public boolean park(Runnable continuation) {
        synchronized (parked) {
            if (!paused || cancelled) {
                return false;
            }
            parked.add(continuation);
            return true;
        }
    }

    private void release() {
        List<Runnable> waiting;
        synchronized (parked) {
            paused = false;
            waiting = List.copyOf(parked);
            parked.clear();
        }
        waiting.forEach(Runnable::run);
    }
}
