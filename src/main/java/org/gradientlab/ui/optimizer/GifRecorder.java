package org.gradientlab.ui.optimizer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import org.gradientlab.ui.widgets.AnimatedGif;

/**
 * Records the play-through as an animated GIF: one snapshot of the figure per pulse (the
 * window stays responsive), then the file is encoded off the FX thread. Long runs are thinned
 * to at most {@value #MAX_FRAMES} frames; the last step is always in.
 */
final class GifRecorder {
    static final int MAX_FRAMES = 150;
    /** Frames taken but not yet encoded, at most. */
    static final int QUEUED_FRAMES = 3;
    private static final int MIN_DELAY_MS = 20;

    private final OptimizerLabModel model;
    private final Node figure;

    GifRecorder(OptimizerLabModel model, Node figure) {
        this.model = model;
        this.figure = figure;
    }

    /** The steps that become frames. */
    static List<Integer> frameSteps(int steps) {
        int stride = (int) Math.ceil((steps + 1) / (double) MAX_FRAMES);
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < steps; s += stride) {
            out.add(s);
        }
        out.add(steps);
        return out;
    }

    /**
     * Starts recording to {@code target}; {@code progress} hears each frame taken, {@code done}
     * hears null on success or the failure, both on the FX thread. The playback is paused and
     * put back where it was. Frames go to the encoder as they are taken; while it is
     * {@value #QUEUED_FRAMES} frames behind, a pulse takes none, so memory holds a few frames,
     * not the whole animation (up to {@value #MAX_FRAMES} full-size images before).
     */
    void record(Path target, IntConsumer progress, Consumer<Exception> done) {
        List<Integer> steps = frameSteps(model.steps());
        int stride = steps.size() > 1 ? steps.get(1) - steps.get(0) : 1;
        int delay = (int) Math.max(MIN_DELAY_MS, Math.round(1000 * stride / model.speedProperty().get()));
        int restore = model.currentStep();
        model.pause();
        Encoder encoder = new Encoder(target, delay, done);
        new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                if (encoder.backlog() >= QUEUED_FRAMES) {
                    return;
                }
                try {
                    model.seek(steps.get(next));
                    figure.applyCss();
                    if (figure instanceof javafx.scene.Parent parent) {
                        parent.layout();
                    }
                    WritableImage image = figure.snapshot(null, null);
                    encoder.add(opaque(SwingFXUtils.fromFXImage(image, null)));
                    progress.accept(++next);
                } catch (RuntimeException e) {
                    stop();
                    model.seek(restore);
                    encoder.abandon(e);
                    return;
                }
                if (next == steps.size()) {
                    stop();
                    model.seek(restore);
                    encoder.finish();
                }
            }
        }.start();
    }

    /** GIF has no partial transparency: flatten onto white first. */
    private static BufferedImage opaque(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /**
     * Encodes frames on a thread of its own as the FX thread hands them over, then reports to
     * {@code done} on the FX thread: null, or the first failure (writing stops there; frames still
     * coming are dropped).
     */
    private static final class Encoder {
        private static final Object END = new Object();
        private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        private final AtomicInteger backlog = new AtomicInteger();
        private volatile Exception abandoned;

        Encoder(Path target, int delay, Consumer<Exception> done) {
            Thread writer = new Thread(() -> {
                Exception failure = encode(target, delay);
                Exception result = abandoned != null ? abandoned : failure;
                Platform.runLater(() -> done.accept(result));
            }, "gif-writer");
            writer.setDaemon(true);
            writer.start();
        }

        /** Frames handed over and not yet written. */
        int backlog() {
            return backlog.get();
        }

        void add(BufferedImage frame) {
            backlog.incrementAndGet();
            queue.add(frame);
        }

        void finish() {
            queue.add(END);
        }

        /** The recording failed on the FX side: the file is not finished and {@code failure} is reported. */
        void abandon(Exception failure) {
            abandoned = failure;
            queue.add(END);
        }

        private Exception encode(Path target, int delay) {
            Exception failure = null;
            AnimatedGif.Writer gif = null;
            try {
                for (Object item = queue.take(); item != END; item = queue.take()) {
                    backlog.decrementAndGet();
                    if (failure != null || abandoned != null) {
                        continue;
                    }
                    try {
                        if (gif == null) {
                            gif = new AnimatedGif.Writer(target, delay);
                        }
                        gif.append((BufferedImage) item);
                    } catch (IOException | RuntimeException e) {
                        failure = e;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new InterruptedIOException("GIF recording interrupted");
            }
            if (gif != null) {
                try {
                    gif.close();
                } catch (IOException | RuntimeException e) {
                    failure = failure != null ? failure : e;
                }
            }
            if (failure != null || abandoned != null) {
                deletePartial(target);
            }
            return failure;
        }

        /** A file that stopped halfway is no animation: it goes rather than look finished. */
        private static void deletePartial(Path target) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                // The failure that got here is the one to report.
            }
        }
    }
}
