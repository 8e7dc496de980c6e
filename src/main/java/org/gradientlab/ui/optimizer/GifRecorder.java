package org.gradientlab.ui.optimizer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.widgets.AnimatedGif;

/**
 * Records the play-through as an animated GIF: one snapshot of the figure per pulse (the
 * window stays responsive), then the file is encoded off the FX thread. Long runs are thinned
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
     * put back where it was.
     */
    void record(Path target, IntConsumer progress, Consumer<Exception> done) {
        List<Integer> steps = frameSteps(model.steps());
        int stride = steps.size() > 1 ? steps.get(1) - steps.get(0) : 1;
        int delay = (int) Math.max(MIN_DELAY_MS, Math.round(1000 * stride / model.speedProperty().get()));
        int restore = model.currentStep();
        model.pause();
        List<BufferedImage> frames = new ArrayList<>();
        new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                try {
                    model.seek(steps.get(next));
                    figure.applyCss();
                    if (figure instanceof javafx.scene.Parent parent) {
                        parent.layout();
                    }
                    WritableImage image = figure.snapshot(null, null);
                    frames.add(opaque(SwingFXUtils.fromFXImage(image, null)));
                    progress.accept(++next);
                } catch (RuntimeException e) {
                    stop();
                    model.seek(restore);
                    done.accept(e);
                    return;
                }
                if (next == steps.size()) {
                    stop();
                    model.seek(restore);
                    encode(frames, delay, target, done);
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

    private static void encode(List<BufferedImage> frames, int delay, Path target, Consumer<Exception> done) {
        // A job per file: a second recording must not supersede the first one's report.
        new LabJob<Void>("gif-writer").start(run -> {
            AnimatedGif.write(frames, delay, target);
            return null;
        }, LabJob.Ending.of(none -> done.accept(null), () -> done.accept(null),
                // An Error too (out of memory on a long run): the export line says so instead of waiting forever.
                failure -> done.accept(failure instanceof Exception e ? e
                        : new IOException(JobFailure.message(failure), failure))));
    }
}
