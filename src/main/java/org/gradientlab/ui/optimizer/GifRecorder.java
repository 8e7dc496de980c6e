package org.gradientlab.ui.optimizer;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import org.gradientlab.ui.kit.job.JobRunner;

/**
 * Records the play-through as an animated GIF: one snapshot of the figure per pulse (the
 * window stays responsive), encoded off the FX thread as it comes. Long runs are thinned
 * to at most {@value #MAX_FRAMES} frames; the last step is always in.
 */
final class GifRecorder {
    static final int MAX_FRAMES = 150;
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
     * put back where it was. Each pulse takes one snapshot and hands it to a {@link GifStream},
     * whose job encodes it while the next is taken; while the job is behind, a pulse takes none.
     */
    void record(Path target, IntConsumer progress, Consumer<Exception> done) {
        List<Integer> steps = frameSteps(model.steps());
        int stride = steps.size() > 1 ? steps.get(1) - steps.get(0) : 1;
        int delay = (int) Math.max(MIN_DELAY_MS, Math.round(1000 * stride / model.speedProperty().get()));
        int restore = model.currentStep();
        model.pause();
        AnimationTimer timer = new AnimationTimer() {
            private int next;
            private GifStream<WritableImage> stream;
            private boolean halted;

            @Override
            public void start() {
                // The snapshot is FX's; turning it into an opaque image is plain pixel work, done on the job.
                stream = GifStream.start(target, delay, image -> opaque(SwingFXUtils.fromFXImage(image, null)),
                        JobRunner.shared(), failure -> {
                            halt();
                            done.accept(failure);
                        });
                super.start();
            }

            @Override
            public void handle(long now) {
                if (next == steps.size()) {
                    if (stream.finish()) {
                        halt();
                    }
                    return;
                }
                if (!stream.hasRoom()) {
                    return;
                }
                try {
                    model.seek(steps.get(next));
                    figure.applyCss();
                    if (figure instanceof javafx.scene.Parent parent) {
                        parent.layout();
                    }
                    stream.add(figure.snapshot(null, null));
                    progress.accept(++next);
                } catch (RuntimeException e) {
                    halt();
                    stream.abandon(e);
                }
            }

            /** Stops taking frames and puts the playback back, once: the user may move it while the file is written. */
            private void halt() {
                if (!halted) {
                    halted = true;
                    stop();
                    model.seek(restore);
                }
            }
        };
        timer.start();
    }

    /** GIF has no partial transparency: flatten onto white first. */
    static BufferedImage opaque(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
