package org.gradientlab.ui.kit.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.gradientlab.core.experiment.RunControl;

/**
 * One run of a {@link LabJob}, as its worker sees it: the cancellation token the core's loops
 * check (a {@link RunControl}, or {@link #cancelledFlag()} for loops that take a BooleanSupplier),
 * and channels whose records reach the FX thread coalesced, at most one batch per frame. Records
 * posted before the run's end are applied before its end is reported; those of a forgotten run
 * (reset, superseded) are dropped.
 */
public final class JobContext {
    private final RunControl control = new RunControl();
    private final Executor fx;
    private final List<FrameChannel<?>> channels = new CopyOnWriteArrayList<>();
    private final AtomicBoolean frameScheduled = new AtomicBoolean();
    private final FrameChannel<Runnable> posts;
    private volatile boolean forgotten;

    JobContext(Executor fx) {
        this.fx = fx;
        this.posts = newChannel(batch -> batch.forEach(Runnable::run));
    }

    /** The token the core checks before each iteration; cancelled with the job. Pause and resume go through it too. */
    public RunControl control() {
        return control;
    }

    /** True once the job was cancelled (or forgotten). Any thread. */
    public boolean isCancelled() {
        return control.isCancelled();
    }

    /** {@link #isCancelled()} for the core loops that poll a BooleanSupplier. */
    public BooleanSupplier cancelledFlag() {
        return control::isCancelled;
    }

    /** Runs {@code action} on the FX thread in a coming frame, with the other posts of that frame. Any thread. */
    public void post(Runnable action) {
        offer(posts, action);
    }

    /** A {@link #post} of the value the worker computed now. */
    public <T> Consumer<T> poster(Consumer<T> action) {
        return value -> post(() -> action.accept(value));
    }

    /**
     * A channel for records: the worker hands each to the returned consumer (any thread, never
     * blocks), and {@code onFrame} gets everything that arrived since the last frame as one list.
     * Make a channel before offering to it; the work itself may make it, first thing.
     */
    public <T> Consumer<T> channel(Consumer<List<T>> onFrame) {
        FrameChannel<T> channel = newChannel(onFrame);
        return record -> offer(channel, record);
    }

    private <T> FrameChannel<T> newChannel(Consumer<List<T>> onFrame) {
        FrameChannel<T> channel = new FrameChannel<>(onFrame);
        channels.add(channel);
        return channel;
    }

    private <T> void offer(FrameChannel<T> channel, T record) {
        if (forgotten) {
            return;
        }
        channel.offer(record);
        // One frame task however many records: the rest wait in the channels for it.
        if (frameScheduled.compareAndSet(false, true)) {
            fx.execute(this::drainFrame);
        }
    }

    private void drainFrame() {
        frameScheduled.set(false);
        drainAll();
    }

    /** Applies every queued record, unless the run was forgotten. FX thread. */
    void drainAll() {
        if (forgotten) {
            channels.forEach(FrameChannel::clear);
            return;
        }
        channels.forEach(FrameChannel::drain);
    }

    void cancel() {
        control.cancel();
    }

    /** Cancels and drops everything queued or still to come. FX thread. */
    void forget() {
        forgotten = true;
        control.cancel();
        channels.forEach(FrameChannel::clear);
    }

    boolean isForgotten() {
        return forgotten;
    }

    Executor fx() {
        return fx;
    }
}
