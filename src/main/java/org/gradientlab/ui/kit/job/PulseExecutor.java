package org.gradientlab.ui.kit.job;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs tasks on the FX thread at the next animation pulse: what the worker hands over between
 * two frames runs in one batch, and a task queued while a batch runs waits for the next frame,
 * so work reaches the scene at most once per pulse however fast it arrives. The timer runs only
 * while tasks wait. A task that throws goes to the FX thread's uncaught-exception handler and
 * the rest of the batch still runs.
 */
final class PulseExecutor implements Executor {
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private AnimationTimer timer;

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (armed.compareAndSet(false, true)) {
            if (Platform.isFxApplicationThread()) {
                startTimer();
            } else {
                Platform.runLater(this::startTimer);
            }
        }
    }

    private void startTimer() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulse();
                }
            };
        }
        timer.start();
    }

    private void pulse() {
        // Only the tasks there at the pulse's start: later ones belong to the next frame.
        for (int n = tasks.size(); n > 0; n--) {
            Runnable task = tasks.poll();
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, e);
            }
        }
        if (tasks.isEmpty()) {
            timer.stop();
            armed.set(false);
            // A task queued between the emptiness check and disarming would wait forever.
            if (!tasks.isEmpty() && armed.compareAndSet(false, true)) {
                timer.start();
            }
        }
    }
}
