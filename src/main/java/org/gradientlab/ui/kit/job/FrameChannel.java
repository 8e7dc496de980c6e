package org.gradientlab.ui.kit.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Coalesces records from worker threads into one batch per frame: workers {@link #offer} (any
 * thread, never blocks), the job's pulse calls {@link #drain()} on the FX thread, and the
 * consumer gets everything that arrived since the last frame as one list, so a thousand records
 * a second cost the FX thread one append per frame, not a thousand. Made by
 * {@link JobContext#channel}, which schedules the drains.
 *
 * @param <T> an immutable record type
 */
final class FrameChannel<T> {
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final Consumer<List<T>> consumer;

    FrameChannel(Consumer<List<T>> consumer) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /** Queues a record; safe from any thread. */
    void offer(T record) {
        queue.add(Objects.requireNonNull(record, "record"));
    }

    /**
     * Hands every queued record to the consumer as one batch, in arrival order; nothing when the
     * queue is empty. FX thread. Returns the batch size.
     */
    int drain() {
        List<T> batch = new ArrayList<>();
        for (T record = queue.poll(); record != null; record = queue.poll()) {
            batch.add(record);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
        return batch.size();
    }

    /** Forgets what is queued (a forgotten run's records). */
    void clear() {
        queue.clear();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }
}
