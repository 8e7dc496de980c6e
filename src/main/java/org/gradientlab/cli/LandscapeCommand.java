package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.landscape.LandscapeConfig;
import org.gradientlab.core.experiment.landscape.LandscapeResult;
import org.gradientlab.core.experiment.landscape.LossLandscapes;
import org.gradientlab.core.experiment.landscape.PlaneKind;
import org.gradientlab.core.optim.OptimizerKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code landscape}: trains the book's MNIST net keeping its path, then writes the loss over a
 * slice around the final weights (and on request along the line from the initial ones and at
 * each snapshot of the path) as CSV.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        description = {"Trains the book's 784-100x4-10 MNIST net, then measures its training loss around the",
            "final weights. Grid CSV x,y,loss (to --out or stdout) over a PCA plane of the training path",
            "(Li et al. 2018, section 7) or two filter-normalised random directions (section 4); --line",
            "writes alpha,loss along (1-alpha)*initial + alpha*final for alpha in [-0.5, 1.5]",
            "(Goodfellow et al. 2015); --path writes iteration,x,y,loss of the path projected on the plane."})
public final class LandscapeCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--optimizer", defaultValue = "sgd", paramLabel = "ID",
            description = "sgd, momentum, nesterov, adagrad, rmsprop or adam, at the book's lr (default ${DEFAULT-VALUE})")
    private String optimizer;

    @Option(names = "--batch-norm", description = "batch norm before each hidden activation")
    private boolean batchNorm;

    @Option(names = "--iterations", defaultValue = "1000", paramLabel = "N",
            description = "updates of batch 128, 1..100000 (default ${DEFAULT-VALUE})")
    private int iterations;

    @Option(names = "--grid", defaultValue = "21", paramLabel = "N",
            description = "points per side of the slice, odd, 3..101 (default ${DEFAULT-VALUE})")
    private int grid;

    @Option(names = "--images", defaultValue = "1000", paramLabel = "N",
            description = "training images the loss is measured on, 1..60000 (default ${DEFAULT-VALUE})")
    private int images;

    @Option(names = "--plane", defaultValue = "pca", paramLabel = "KIND",
            description = "pca (the path's principal directions) or random (filter-normalised) (default ${DEFAULT-VALUE})")
    private String plane;

    @Option(names = "--span", defaultValue = "1", paramLabel = "X",
            description = "half-width of a random slice, (0, 100] (default ${DEFAULT-VALUE}); a pca slice spans the path")
    private double span;

    @Mixin
    private SeedOption seed;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private MnistOption mnist;

    @Option(names = "--out", paramLabel = "FILE", description = "write the grid CSV here instead of stdout")
    private Path out;

    @Option(names = "--line", paramLabel = "FILE", description = "also write the 1-D line CSV alpha,loss here")
    private Path line;

    @Option(names = "--path", paramLabel = "FILE", description = "also write the projected path CSV iteration,x,y,loss here")
    private Path path;

    @Override
    public void run() {
        OptimizerKind kind = parse("--optimizer", () -> OptimizerKind.fromId(optimizer));
        PlaneKind planeKind = parse("--plane", () -> PlaneKind.fromId(plane));
        LandscapeConfig config = LandscapeConfig.defaults().withOptimizer(kind).withBatchNorm(batchNorm)
                .withPlane(planeKind).withSeed(seed.value());
        config = parse("--iterations", config::withIterations, iterations);
        config = parse("--grid", config::withGrid, grid);
        config = parse("--images", config::withImages, images);
        LandscapeConfig sized = config;
        config = parse("--span", () -> sized.withSpan(span));
        int threadCount = threads.count();
        if (threadCount < 1 || threadCount > 256) {
            throw new ParameterException(spec.commandLine(), "--threads: must be in [1, 256], got " + threadCount);
        }
        requireWritable("--out", out);
        requireWritable("--line", line);
        requireWritable("--path", path);
        Mnist data;
        try {
            data = mnist.load();
        } catch (IOException e) {
            throw new UncheckedIOException("--mnist: " + e.getMessage(), e);
        }
        LandscapeResult result = LossLandscapes.run(config, data, threadCount, () -> false, p -> { });
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            writeGrid(stdout, result);
        } else {
            write(out, w -> writeGrid(w, result));
            stdout.println(summary(result));
        }
        if (line != null) {
            write(line, w -> writeLine(w, result));
        }
        if (path != null) {
            write(path, w -> writePath(w, result));
        }
        stdout.flush();
    }

    private static String summary(LandscapeResult r) {
        String explained = Double.isNaN(r.explained()[0]) ? ""
                : String.format(Locale.ROOT, ", pca plane explains %.1f%% + %.1f%% of the path",
                        100 * r.explained()[0], 100 * r.explained()[1]);
        return r.config().label() + ": loss " + number(r.initialLoss()) + " at the start, " + number(r.finalLoss())
                + " at the end" + explained;
    }

    private static void writeGrid(PrintWriter w, LandscapeResult r) {
        LandscapeResult.Grid g = r.grid();
        w.println("x,y,loss");
        for (int row = 0; row < g.ys().length; row++) {
            for (int col = 0; col < g.xs().length; col++) {
                w.println(number(g.xs()[col]) + "," + number(g.ys()[row]) + "," + number(g.losses()[row][col]));
            }
        }
    }

    private static void writeLine(PrintWriter w, LandscapeResult r) {
        w.println("alpha,loss");
        for (int i = 0; i < r.line().alphas().length; i++) {
            w.println(number(r.line().alphas()[i]) + "," + number(r.line().losses()[i]));
        }
    }

    private static void writePath(PrintWriter w, LandscapeResult r) {
        LandscapeResult.Path p = r.path();
        w.println("iteration,x,y,loss");
        for (int i = 0; i < p.xs().length; i++) {
            w.println(p.iterations().get(i) + "," + number(p.xs()[i]) + "," + number(p.ys()[i]) + ","
                    + number(p.losses()[i]));
        }
    }

    /** Double.toString: the shortest text that reads back to the same double ("NaN", "Infinity" as Java spells them). */
    private static String number(double value) {
        return Double.toString(value);
    }

    private static void write(Path file, java.util.function.Consumer<PrintWriter> body) {
        try (Writer writer = Files.newBufferedWriter(file); PrintWriter w = new PrintWriter(writer)) {
            body.accept(w);
            if (w.checkError()) {
                throw new IOException("write failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Refuses before any work a file that cannot be written: a folder, or one in a missing or read-only folder. */
    private void requireWritable(String option, Path file) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), option + ": " + file + " is a folder");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ParameterException(spec.commandLine(), option + ": no folder " + parent);
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(parent)) {
            throw new ParameterException(spec.commandLine(), option + ": cannot write " + file);
        }
    }

    private <T> T parse(String option, java.util.function.IntFunction<T> with, int value) {
        return parse(option, () -> with.apply(value));
    }

    /** Names the option in the one-line error a bad value gives. */
    private <T> T parse(String option, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage(), e);
        }
    }
}
