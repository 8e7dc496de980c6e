package org.gradientlab.ui.widgets;

import java.util.function.DoubleConsumer;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;

/**
 * Hands the real seconds between two frames to a playback, so it keeps its speed whatever the
 * frame rate. A frame that stalls counts as at most {@link #MAX_STEP} seconds, so a hiccup
 * does not jump the playback ahead.
 */
public final class FrameClock extends AnimationTimer {
    public static final double MAX_STEP = 0.1;

    private final DoubleConsumer advance;
    private long lastFrame = -1;

    public FrameClock(DoubleConsumer advance) {
        this.advance = advance;
    }

    @Override
    public void start() {
        lastFrame = -1;
        super.start();
    }

    @Override
    public void handle(long now) {
        if (lastFrame >= 0) {
            advance.accept(Math.min(MAX_STEP, (now - lastFrame) / 1e9));
        }
        lastFrame = now;
    }

    /** Runs while {@code playing} says so. */
    public void follow(ObservableValue<Boolean> playing) {
        playing.addListener((o, was, is) -> {
            if (is) {
                start();
            } else {
                stop();
            }
        });
    }
}
