package org.gradientlab.ui;

import java.util.concurrent.CompletionException;

/** Failures that reach the UI from background work. */
public final class Failures {
    private Failures() {}

    /**
     * What the worker threw: a CompletableFuture hands its stages' exceptions on wrapped in a
     * CompletionException, and the learner should read the worker's own words.
     */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
