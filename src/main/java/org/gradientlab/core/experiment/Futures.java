package org.gradientlab.core.experiment;

import java.util.concurrent.ExecutionException;

/** What a worker thread threw, handed on to the thread that waited for it. */
public final class Futures {
    private Futures() {}

    /**
     * The worker's own exception: an Error is thrown at once, a RuntimeException is returned for
     * the caller to throw, a checked one comes back wrapped in an IllegalStateException.
     */
    public static RuntimeException cause(ExecutionException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }
}
