package org.gradientlab.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line of DESIGN.md. Exit 0 on success, 2 on bad input with one clear
 * line on stderr (never a stack trace for a user's mistake).
 */
@Command(name = "gradient-lab",
        mixinStandardHelpOptions = true,
        version = "Gradient Lab 0.1",
        description = "Headless figures and numbers of Gradient Lab. Without a command the GUI opens.",
        subcommands = {
            // Each headless command registers here.
            TrajectoryCommand.class,
            RaceCommand.class,
            ActivationsCommand.class,
            SnapshotCommand.class,
            OpenCommand.class,
            TrainCommand.class,
            BenchCommand.class,
            BabysitCommand.class,
            SchedulesCommand.class,
            EnsembleCommand.class,
            ConvCommand.class,
            LandscapeCommand.class,
        })
public final class GradientLabCommand implements Runnable {

    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command");
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, writing to the given streams (tests read them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GradientLabCommand());
        cli.setOut(out);
        cli.setErr(err);
        // picocli's own Path conversion words a NUL or a bad character with the JDK's exception
        // name ("cannot convert ... (java.nio.file.InvalidPathException: ...)"): say it plainly.
        cli.registerConverter(java.nio.file.Path.class, text -> {
            try {
                return java.nio.file.Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("not a usable path: " + e.getReason());
            }
        });
        cli.setParameterExceptionHandler((ex, ignored) -> {
            err.println("error: " + ex.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Validation failures from the core are the user's bad input, not a crash.
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException
                    || ex instanceof java.io.IOException) {
                err.println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            throw ex;
        });
        return cli.execute(args);
    }
}
