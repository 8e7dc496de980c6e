package org.gradientlab.ui.training;

import javafx.animation.AnimationTimer;

/**
 * Runs an action at most once per period, on the FX thread: a request within the period of the
 * last run waits for the first pulse after it, and every request made meanwhile is served by that
 * one run. Live figures redraw at the rate the eye needs instead of at every pulse that brings
 * data (each redraw of a curve figure costs the render thread several milliseconds in software,
 * taken from training on a two-core machine). The timer runs only while a request waits.
 */
final class Pace {
    private final long periodNanos;
    private final Runnable action;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (waiting && System.nanoTime() - last >= periodNanos) {
                run();
            }
            if (!waiting) {
                stop();
            }
        }
    };
    private long last;
    private boolean started;
    private boolean waiting;

    /** @param perSecond the most runs a second */
    Pace(double perSecond, Runnable action) {
        this.periodNanos = Math.round(1e9 / perSecond);
        this.action = action;
    }

    /** Runs the action now if the period since the last run has passed, else at the pulse when it has. */
    void request() {
        if (!started || System.nanoTime() - last >= periodNanos) {
            run();
        } else if (!waiting) {
            waiting = true;
            timer.start();
        }
    }

    /** Runs a waiting request now (a run ended: its last records show at once). */
    void flush() {
        if (waiting) {
            run();
        }
    }

    /** Runs the action now, serving any waiting request. */
    void run() {
        waiting = false;
        started = true;
        last = System.nanoTime();
        action.run();
    }
}
