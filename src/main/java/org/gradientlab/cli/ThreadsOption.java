package org.gradientlab.cli;

import picocli.CommandLine.Option;

/** {@code --threads N}, one option for every command that trains on a pool (a picocli mixin). */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    private Integer threads;

    /** The count given, or one per core; a count below 1 is the command's to reject. */
    int count() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
