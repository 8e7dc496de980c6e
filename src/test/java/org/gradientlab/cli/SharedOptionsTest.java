package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Options that several commands take read the same everywhere: one mixin each. */
class SharedOptionsTest {
    private static final String SEED = "seed of the weights, mini-batches and draws (default 0)";
    private static final String MNIST = "folder with the four MNIST idx files, plain or .gz (default: the bundled copy)";
    private static final String THREADS = "worker threads (default: one per core)";

    @Test
    void everyCommandThatDrawsTakesTheSameSeedOption() {
        for (String command : List.of("activations", "babysit", "ensemble", "schedules", "train", "trajectory",
                "race")) {
            String help = help(command);
            assertTrue(help.contains("--seed=N"), command + ": " + help);
            assertTrue(help.contains(SEED), command + ": " + help);
        }
    }

    @Test
    void trainAndBenchTakeTheSameMnistAndThreadsOptions() {
        for (String command : List.of("train", "bench")) {
            String help = help(command);
            assertTrue(help.contains("--mnist=DIR") && help.contains(MNIST), command + ": " + help);
            assertTrue(help.contains("--threads=N") && help.contains(THREADS), command + ": " + help);
        }
    }

    @Test
    void zeroThreadsIsStillBadInput() {
        CliRun run = CliRun.of("train", "--experiment", "optimizers", "--iterations", "1", "--threads", "0");
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--threads"), run.err());
    }

    @Test
    void aPathWithANulCharacterIsWordedWithoutTheJdksExceptionName() {
        // Found by CliFuzzTest: picocli's message named java.nio.file.InvalidPathException.
        CliRun run = CliRun.of("snapshot", "--out", "\u0000");
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("not a usable path"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    /** The command's help with its line breaks folded, so a wrapped description reads whole. */
    private static String help(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run.err());
        return run.out().replaceAll("\\s+", " ");
    }
}
