package org.gradientlab;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Measures cold start from outside the app's own code: with {@code -Dgradientlab.firstFrame=print}
 * it prints on stderr, once, the time from process start to the first pulse that lays out a shown
 * window (the frame that pulse renders is the first painted one), then the time to the first pulse
 * that lays it out with no lab stand-in left (the first lab built and on show, see
 * {@code Labs.deferred}); with {@code =exit} it then also quits the app, which the packaging
 * build uses as the training run of its class-data archive.
 * Watching {@link Window#getWindows()} keeps the app itself unaware of the probe.
 */
final class FirstFrameProbe {
    static final String PROPERTY = "gradientlab.firstFrame";
    static final String PREFIX = "gradientlab first frame: ";
    static final String LAB_PREFIX = "gradientlab lab shown: ";
    /** A compile-time constant, so reading it loads no lab class. */
    private static final String PLACEHOLDER = "." + org.gradientlab.ui.lab.Labs.PLACEHOLDER_STYLE_CLASS;
    /** A training run that never shows a window must not hang the build. */
    private static final Duration EXIT_DEADLINE = Duration.ofMinutes(5);

    private static boolean reported;

    private FirstFrameProbe() {}

    static void installIfAsked() {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        boolean exit = mode.equals("exit");
        if (exit) {
            Thread.ofPlatform().daemon().name("first-frame-deadline").start(FirstFrameProbe::exitAfterDeadline);
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> watch(window, exit));
            }
        });
    }

    /** Runs on the FX thread, where windows are shown. */
    private static void watch(Window window, boolean exit) {
        Scene scene = window.getScene();
        if (scene == null || reported) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean framePrinted;

            @Override
            public void run() {
                if (!framePrinted) {
                    if (reported) {
                        scene.removePostLayoutPulseListener(this);
                        return;
                    }
                    reported = true;
                    framePrinted = true;
                    print(PREFIX);
                }
                if (scene.getRoot().lookup(PLACEHOLDER) != null) {
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                print(LAB_PREFIX);
                if (exit) {
                    Platform.exit();
                }
            }
        });
    }

    private static void print(String prefix) {
        Instant now = Instant.now();
        long sinceStart = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, now).toMillis()).orElse(-1L);
        System.err.println(prefix + sinceStart + " ms after process start (epoch ms " + now.toEpochMilli() + ")");
    }

    private static void exitAfterDeadline() {
        try {
            Thread.sleep(EXIT_DEADLINE);
        } catch (InterruptedException e) {
            return;
        }
        System.err.println(PREFIX + "no window within " + EXIT_DEADLINE.toMinutes() + " min");
        Runtime.getRuntime().halt(3);
    }
}
