package org.gradientlab.ui.kit.job;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** An executor that runs its tasks only when told: tests decide when the worker and the FX thread act. */
public final class ManualExecutor implements Executor {
    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    public int pending() {
        return tasks.size();
    }

    /** Runs the queued tasks, and those they queue, until none is left. */
    public void runAll() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
    }
}
