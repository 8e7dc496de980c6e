package org.gradientlab.ui.kit.job;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The worker's own words for a failure that reaches the UI. */
public final class JobFailure {
    private JobFailure() {}

    /**
     * What the worker threw: futures hand their stages' exceptions on wrapped in a
     * CompletionException or ExecutionException, and the learner should read the worker's own words.
     */
    public static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The worker's message ("Java heap space"), or the exception's simple name when it has none. */
    public static String message(Throwable failure) {
        Throwable cause = cause(failure);
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
