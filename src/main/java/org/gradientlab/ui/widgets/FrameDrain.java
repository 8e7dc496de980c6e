package org.gradientlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;

/**
 * Coalesces records from worker threads into one batch per frame: workers {@link #offer} (any
 * thread, never blocks), an {@link AnimationTimer} calls {@link #drain()} on each pulse, and the
 * consumer gets everything that arrived since the last frame as one list, so a thousand records
 * a second cost the FX thread one append per frame, not a thousand.
 *
 * @param <T> an immutable record type
 */
public final class FrameDrain<T> {
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final Consumer<List<T>> consumer;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
        }
    };

    public FrameDrain(Consumer<List<T>> consumer) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /** Queues a record; safe from any thread. */
    public void offer(T record) {
        queue.add(Objects.requireNonNull(record, "record"));
    }

    /**
     * Hands every queued record to the consumer as one batch, in arrival order; nothing when the
     * queue is empty. FX thread (the timer calls it; tests may call it directly). Returns the
     * batch size.
     */
    public int drain() {
        List<T> batch = new ArrayList<>();
        for (T record = queue.poll(); record != null; record = queue.poll()) {
            batch.add(record);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
        return batch.size();
    }

    /** Starts draining once per frame. */
    public void start() {
        timer.start();
    }

    /** Stops the timer after one last drain, so nothing queued before the stop is lost. */
    public void stop() {
        timer.stop();
        drain();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
