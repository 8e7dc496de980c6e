package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command lines of issue 20, each a clear one-line refusal with exit 2, never a trace or a NaN table. */
class HostileInputTest {
    @TempDir
    Path dir;

    private static void refusedInOneLine(CliRun run, String expected) {
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals(expected, run.err().strip());
    }

    private static CliRun trajectory(String function) {
        return CliRun.of("trajectory", "--optimizer", "sgd", "--function", function);
    }

    @Test
    void formulasOfTheIssueAreRefusedByTheirLimit() {
        refusedInOneLine(trajectory("(".repeat(20_000) + "x" + ")".repeat(20_000)),
                "error: --function: the formula has 40001 characters, more than the limit of 10000");
        refusedInOneLine(trajectory("-".repeat(50_000) + "x"),
                "error: --function: the formula has 50001 characters, more than the limit of 10000");
        refusedInOneLine(trajectory("x^".repeat(5_000) + "x"),
                "error: --function: the formula has 10001 characters, more than the limit of 10000");
        refusedInOneLine(trajectory("sin(".repeat(3_000) + "x" + ")".repeat(3_000)),
                "error: --function: the formula has 15001 characters, more than the limit of 10000");
        refusedInOneLine(trajectory("x" + "+x".repeat(29_999)),
                "error: --function: the formula has 59999 characters, more than the limit of 10000");
        refusedInOneLine(trajectory("q".repeat(60_000)),
                "error: --function: the formula has 60000 characters, more than the limit of 10000");
        // 100 sin( wrappers and x are 101 levels; the 101st starts at index 400.
        refusedInOneLine(trajectory("sin(".repeat(500) + "x" + ")".repeat(500)), "error: --function: at 400: "
                + "nested deeper than the limit of 100 levels (parentheses, functions, signs and powers)");
    }

    @Test
    void aLongSumWithinTheLimitRuns() {
        CliRun run = trajectory("x^2/20" + "+y^2/1000".repeat(1000) + " ");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(32, run.lines().size());
    }

    @Test
    void aWeightStdFloatCannotHoldIsRefused() {
        refusedInOneLine(CliRun.of("activations", "--init", "1e308", "--activation", "sigmoid"),
                "error: weight std must be at most 1e+30 (weights are float, at most 3.4e+38), got 1.00e+308");
    }

    @Test
    void activationsThatOverflowSayOverflowInTheCsvAndExitTwo() {
        CliRun run = CliRun.of("activations", "--init", "1e20", "--activation", "relu", "--layers", "3",
                "--samples", "100", "--nodes", "20", "--bins", "2");
        refusedInOneLine(run, "error: activations overflowed float from layer 1 on (shown as 'overflow'); "
                + "lower --init or --layers");
        List<String> rows = run.lines();
        assertEquals(4, rows.size());
        assertTrue(rows.get(1).startsWith("1,overflow,overflow,overflow,overflow,"), rows.get(1));
        assertTrue(rows.get(3).startsWith("3,overflow,overflow,overflow,overflow,"), rows.get(3));
        assertFalse(run.out().contains("NaN"), run.out());
        // Sigmoid saturates instead: no overflow, exit 0, no NaN.
        CliRun saturated = CliRun.of("activations", "--init", "1e20", "--activation", "sigmoid", "--layers", "3",
                "--samples", "100", "--nodes", "20");
        assertEquals(0, saturated.exitCode(), saturated.err());
        assertFalse(saturated.out().contains("NaN") || saturated.out().contains("overflow"), saturated.out());
    }

    @Test
    void snapshotIntoAMissingFolderOrOverADeviceNamesTheUsersPathBeforeRendering() {
        Path missing = dir.resolve("no/such/figure.png");
        refusedInOneLine(CliRun.of("snapshot", "--lab", "optimizer", "--out", missing.toString()),
                "error: --out: cannot write " + missing + ": no such folder");
        if (Files.exists(Path.of("/dev/null"))) {
            refusedInOneLine(CliRun.of("snapshot", "--lab", "optimizer", "--out", "/dev/null"),
                    "error: --out: cannot write /dev/null: it is not a regular file");
        }
    }
}
