package org.gradientlab.ui.optimizer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.gradientlab.ui.kit.job.JobContext;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.widgets.AnimatedGif;

/**
 * One recording's frames on their way to the file: the FX side hands each frame over as it is
 * taken, and one kit job turns it into an image and appends it to the GIF inside an atomic
 * write. At most {@value #QUEUED_FRAMES} frames wait; the FX side asks {@link #hasRoom()} and
 * skips a pulse rather than block, so memory holds a few frames, not the whole animation (up to
 * {@value GifRecorder#MAX_FRAMES} full-size images before). Methods other than the conversion
 * are called on the FX thread; {@code done} hears null or the failure there, exactly once.
 *
 * @param <F> a frame as the FX side takes it (a snapshot); {@code toImage} runs on the worker
 */
final class GifStream<F> {
    /** Frames taken but not yet encoded, at most. */
    static final int QUEUED_FRAMES = 3;
    /** How often a worker waiting for a frame looks whether the recording was cancelled. */
    private static final long CANCEL_CHECK_MS = 50;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_FRAMES);
    private final Function<F, BufferedImage> toImage;
    // A job per file: a second recording must not supersede the first one's report.
    private final LabJob<Void> job;
    private Exception abandoned;
    private boolean ended;

    private GifStream(Function<F, BufferedImage> toImage, JobRunner runner) {
        this.toImage = Objects.requireNonNull(toImage, "toImage");
        this.job = new LabJob<>("gif-writer", runner);
    }

    /** Starts the writer job on {@code target}: it waits for the frames. FX thread. */
    static <F> GifStream<F> start(Path target, int delayMillis, Function<F, BufferedImage> toImage,
            JobRunner runner, Consumer<Exception> done) {
        GifStream<F> stream = new GifStream<>(toImage, runner);
        stream.job.start(run -> {
            AnimatedGif.write(() -> stream.next(run), delayMillis, target);
            return null;
        }, LabJob.Ending.of(none -> stream.end(done, null), () -> stream.end(done, stream.abandoned != null ? stream.abandoned
                        : new CancellationException("GIF recording cancelled")),
                // An Error too (out of memory on a long run): the export line says so instead of waiting forever.
                failure -> stream.end(done, failure instanceof Exception e ? e
                        : new IOException(JobFailure.message(failure), failure))));
        return stream;
    }

    /** True while a frame can be handed over now; false when the writer is behind or the job ended. */
    boolean hasRoom() {
        return !ended && queue.remainingCapacity() > 0;
    }

    /** Hands a frame over; only after {@link #hasRoom()} said yes. */
    void add(F frame) {
        if (!hasRoom() || !queue.offer(frame)) {
            throw new IllegalStateException("no room for a frame: ask hasRoom() first");
        }
    }

    /** Marks the end of the frames; false while the queue is full (try again next pulse). */
    boolean finish() {
        return !ended && queue.offer(END);
    }

    /** The FX side failed to take a frame: the file is not written, {@code failure} is what {@code done} hears. */
    void abandon(Exception failure) {
        abandoned = failure;
        job.cancel();
    }

    /** True once {@code done} was called. */
    boolean isEnded() {
        return ended;
    }

    /** Frames waiting for the writer now. */
    int waiting() {
        return (int) queue.stream().filter(item -> item != END).count();
    }

    private void end(Consumer<Exception> done, Exception failure) {
        ended = true;
        // Nothing more will be written: let the frames go.
        queue.clear();
        done.accept(failure);
    }

    /** The worker's side: the next frame as an image, null at the end; a cancel throws. */
    @SuppressWarnings("unchecked")
    private BufferedImage next(JobContext run) {
        try {
            while (true) {
                if (run.isCancelled()) {
                    throw new CancellationException("GIF recording cancelled");
                }
                Object item = queue.poll(CANCEL_CHECK_MS, TimeUnit.MILLISECONDS);
                if (item == END) {
                    return null;
                }
                if (item != null) {
                    return toImage.apply((F) item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("GIF recording interrupted");
        }
    }
}
