package org.gradientlab.ui.optimizer;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import javafx.animation.AnimationTimer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.optimizer.OptimizerLabModel.Dimension;

/**
 * Frame period of the optimizer lab with the 3-D view, on a real display. Not a test: a main,
 * run from the jar and the test classes, e.g.
 * {@code DISPLAY=:15 java -Dprism.order=es2 -Dprism.forceGPU=true -cp target/gradient-lab.jar:target/test-classes
 * org.gradientlab.ui.optimizer.Surface3DFrameBench both 1280 720}. Two phases of 300 pulses
 * each after 60 to warm up: the camera turning one degree per pulse (the mesh redrawn, nothing
 * rebuilt), then the playback moving each pulse (every path and marker rebuilt). Prints the
 * pulse-to-pulse period, p50 / p95 / p99 / max in ms; 16.7 ms is the display's 60 Hz.
 */
public final class Surface3DFrameBench {
    private static final int WARM = 60;
    private static final int FRAMES = 300;

    private Surface3DFrameBench() {}

    public static void main(String[] args) throws Exception {
        Dimension dimension = Dimension.valueOf(args[0].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        double width = Double.parseDouble(args[1]);
        double height = Double.parseDouble(args[2]);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            OptimizerLab lab = new OptimizerLab(new I18n(Language.ENGLISH), (name, extension) -> Optional.empty());
            OptimizerLabModel model = lab.model();
            model.setSteps(300);
            model.dimensionProperty().set(dimension);
            UiTestKit.show(new Stage(), lab, width, height);
            Surface3DView view = lab.lazyView().views().surface();
            System.out.println("SCENE3D supported: " + Platform.isSupported(ConditionalFeature.SCENE3D)
                    + ", vertices per side " + Surface3DView.SIDE + ", prism.order " + System.getProperty("prism.order"));
            long[] periods = new long[2 * FRAMES];
            new AnimationTimer() {
                private int frame = -WARM;
                private long last;

                @Override
                public void handle(long now) {
                    if (frame >= 0 && frame < periods.length) {
                        periods[frame] = now - last;
                    }
                    last = now;
                    frame++;
                    if (frame < FRAMES) {
                        view.setOrbit(view.orbit().orbit(1, 0));
                    } else if (frame < 2 * FRAMES) {
                        model.seek((frame - FRAMES) % 300);
                    } else {
                        stop();
                        report("orbit", Arrays.copyOfRange(periods, 0, FRAMES));
                        report("playback", Arrays.copyOfRange(periods, FRAMES, 2 * FRAMES));
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        Platform.exit();
    }

    private static void report(String phase, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(java.util.Locale.ROOT, "%-8s frames %d  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms%n", phase,
                sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}
