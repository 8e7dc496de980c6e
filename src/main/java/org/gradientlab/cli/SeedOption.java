package org.gradientlab.cli;

import picocli.CommandLine.Option;

/** {@code --seed N}, one option for every command that draws random numbers (a picocli mixin). */
final class SeedOption {
    @Option(names = "--seed", paramLabel = "N", description = "seed of the weights, mini-batches and draws (default 0)")
    private Long seed;

    /** The seed given, or 0. */
    long value() {
        return seed == null ? 0 : seed;
    }

    /** The seed given, or null when the command keeps its experiment's own. */
    Long given() {
        return seed;
    }
}
