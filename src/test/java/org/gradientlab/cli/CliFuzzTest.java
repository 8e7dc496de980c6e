package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random argument lists for each command (issue 20): the result is exit 0 with output, or exit 2
 * with one line on stderr that starts "error: "; never a stack trace, another exit code or an
 * exception out of the command line; and exit 0 never prints NaN unless stderr says why.
 *
 * <p>Commands that train or render for seconds (train, bench, babysit, ensemble, schedules, landscape,
 * snapshot) always get one value that cannot parse, so they must refuse before any work; the
 * light ones (trajectory, activations, conv) run whatever they are given. A run costs about
 * 0.1 s (picocli builds the whole command tree), so the tries are few and the values chosen.
 */
class CliFuzzTest {
    /** Values a careless user or a hostile file supplies; none is a path that could be written. */
    private static final List<String> HOSTILE = List.of("", " ", "-1", "0", "1", "2", "3", "0.5", "-0", "NaN",
            "Infinity", "-Infinity", "1e308", "-1e308", "4.9e-324", "1e-320", "2147483648", "-2147483649",
            "99999999999999999999", "abc", "1,", ",", "1,2,3", "0x1F", "١", "1_000", "--", "-", "+", "1e", ".",
            "sigmoid", "relu", "xavier", "he", "sgd", "adam", "book", "x^2", "sin(", "(((((x", "32x32x3", "0x0x0",
            "-7,2", "1e308,1e308", "NaN,0", "/proc/figure.png", "/dev/null", "/no/such/folder/x", "\u0000", "é");

    private static final Map<String, List<String>> OPTIONS = Map.of(
            "trajectory", List.of("--optimizer", "--lr", "--steps", "--start", "--function", "--noise", "--seed"),
            "race", List.of("--steps", "--start", "--function", "--noise", "--seed", "--starts"),
            "activations", List.of("--init", "--activation", "--layers", "--nodes", "--samples", "--seed", "--bins",
                    "--range", "--batch-norm", "--gradients"),
            "conv", List.of("--input", "--filter", "--stride", "--pad", "--filters", "--pool"),
            "train", List.of("--experiment", "--iterations", "--epochs", "--seed", "--mnist", "--out", "--trials",
                    "--train-size", "--batch-size", "--evaluate-every", "--threads"),
            "babysit", List.of("--seed", "--steps", "--init"),
            "ensemble", List.of("--nets", "--seed", "--iterations", "--test-size", "--dropout-passes",
                    "--dropout-ratio"),
            "schedules", List.of("--sketch", "--lr0", "--step-every", "--gamma", "--exp-k", "--inv-k",
                    "--iterations", "--hidden-layers", "--seed"),
            "snapshot", List.of("--lab", "--page", "--out", "--scale", "--lang", "--theme", "--font-scale",
                    "--width", "--height"),
            "bench", List.of("--iterations", "--warmup", "--threads", "--gemm-trials", "--probe-runs"));

    /** Commands beyond the ten entries Map.of takes. */
    private static final Map<String, List<String>> MORE_OPTIONS = Map.of(
            "landscape", List.of("--optimizer", "--batch-norm", "--iterations", "--grid", "--images", "--plane",
                    "--span", "--seed", "--threads", "--mnist", "--out", "--line", "--path"));

    /** For each heavy command, an option taking a number, so "abc" there cannot parse. */
    private static final Map<String, String> NUMERIC = Map.of("train", "--seed", "babysit", "--seed",
            "ensemble", "--seed", "schedules", "--seed", "snapshot", "--scale", "bench", "--iterations",
            "landscape", "--seed");

    private static void valueOrClearError(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String context = String.join(" ", args) + "\nstderr: " + run.err();
        assertTrue(run.exitCode() == 0 || run.exitCode() == GradientLabCommand.BAD_INPUT, context);
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), context);
        if (run.exitCode() == GradientLabCommand.BAD_INPUT) {
            assertTrue(run.err().startsWith("error: "), context);
            // One line; activations may have printed its table before saying it overflowed.
            assertEquals(1, run.err().lines().count(), context);
        } else {
            assertFalse(run.out().contains("NaN") && run.err().isBlank(), "silent NaN: " + context + run.out());
        }
    }

    @Property(tries = 80)
    void lightCommandsGiveAValueOrAClearError(@ForAll("lightCommands") List<String> args) {
        valueOrClearError(args);
    }

    @Property(tries = 60)
    void heavyCommandsRefuseBeforeWork(@ForAll("heavyCommands") List<String> args) {
        valueOrClearError(args);
    }

    @Provide
    Arbitrary<List<String>> lightCommands() {
        return Arbitraries.of("trajectory", "race", "activations", "conv").flatMap(command -> arguments(command)
                .map(pairs -> {
                    List<String> args = new ArrayList<>(List.of(command));
                    args.addAll(pairs);
                    // Keep a valid activations run small: few values per layer (later options win).
                    if (command.equals("activations")) {
                        args.addAll(List.of("--samples", "20", "--nodes", "10"));
                    }
                    return args;
                }));
    }

    @Provide
    Arbitrary<List<String>> heavyCommands() {
        return Arbitraries.of("train", "babysit", "ensemble", "schedules", "snapshot", "bench", "landscape")
                .flatMap(command -> Combinators.combine(arguments(command), Arbitraries.integers().between(0, 6))
                        .as((pairs, at) -> {
                            List<String> args = new ArrayList<>(List.of(command));
                            args.addAll(pairs);
                            int pair = Math.min(at, pairs.size() / 2) * 2;
                            args.addAll(1 + pair, List.of(NUMERIC.get(command), "abc"));
                            return args;
                        }));
    }

    /** Up to six option-value pairs, now and then an unknown option or a flag with no value. */
    private Arbitrary<List<String>> arguments(String command) {
        Arbitrary<String> option = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(OPTIONS.getOrDefault(command, MORE_OPTIONS.get(command)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("--bogus", "-x", "---", "--help=no")));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(HOSTILE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
        return Combinators.combine(option, value).as(List::of).list().ofMaxSize(6)
                .map(pairs -> pairs.stream().flatMap(List::stream).toList());
    }
}
