package org.gradientlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ExperimentConfig;
import org.gradientlab.core.experiment.training.ExperimentKind;
import org.gradientlab.core.experiment.training.ExperimentResult;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.HyperparameterSearch;
import org.gradientlab.core.experiment.training.InitComparison;
import org.gradientlab.core.experiment.training.LayerStatsCsv;
import org.gradientlab.core.experiment.training.LayerStatsLog;
import org.gradientlab.core.experiment.training.OptimizerComparison;
import org.gradientlab.core.experiment.training.ProgressCsv;
import org.gradientlab.core.experiment.training.ProgressLog;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.experiment.training.SeriesResult;
import org.gradientlab.core.nn.VectorSupport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train}: one of the six training experiments of ch. 6 on MNIST, with the book's
 * settings unless an option changes them. One summary line per series on stdout (hyperparameter
 * trials best first), and with {@code --out} one CSV per series ({@link ProgressCsv}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains one of the experiments of ch. 6 on MNIST with the book's settings.",
            "Prints one line per series: name, then loss (mean of the last 100 mini-batches),",
            "the last accuracies measured and the series' compute seconds."})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--experiment", required = true, paramLabel = "NAME",
            description = "optimizers, init, batchnorm, weight-decay, dropout or hyperparameters")
    private String experiment;

    @Option(names = "--iterations", paramLabel = "N", description = "updates per series (optimizers, init; default 2000)")
    private Integer iterations;

    @Option(names = "--epochs", paramLabel = "N",
            description = "epochs (batchnorm 20, weight-decay 201, dropout 301, hyperparameters 50)")
    private Integer epochs;

    @Mixin
    private SeedOption seed;

    @Mixin
    private MnistOption mnist;

    @Option(names = "--out", paramLabel = "DIR", description = "write one CSV per series into DIR (created if missing)")
    private Path out;

    @Option(names = "--trials", paramLabel = "N", description = "hyperparameter trials (default 100)")
    private Integer trials;

    @Option(names = "--train-size", paramLabel = "N", description = "use the first N training images")
    private Integer trainSize;

    @Option(names = "--batch-size", paramLabel = "N", description = "mini-batch size")
    private Integer batchSize;

    @Option(names = "--evaluate-every", paramLabel = "N",
            description = "optimizers, init: accuracies every N iterations too, on the first 10000 images of"
                    + " each set (default: at the end only; the end always on all)")
    private Integer evaluateEvery;

    @Option(names = "--layer-stats", paramLabel = "FILE",
            description = "write per-layer statistics (activation histogram, dead and saturated share, gradient norm,"
                    + " update/weight ratio) of every series to FILE as CSV")
    private Path layerStats;

    @Option(names = "--every", paramLabel = "N",
            description = "with --layer-stats: statistics at iteration 1 and every N iterations (default 20)")
    private Integer every;

    @Mixin
    private ThreadsOption threads;

    private ExperimentConfig config;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ExperimentConfig config = config();
        LayerStatsLog statsLog = layerStatsLog();
        Path folder = out == null ? null : outputFolder(out);
        VectorSupport.warmUpKernelsInBackground();  // the JIT compiles the kernels while MNIST decodes
        Mnist data = mnist.load();
        config.plan(data);  // a training-set size beyond the data fails here, before any work
        ProgressLog log = statsLog == null ? new ProgressLog() : statsLog.progress();
        ExperimentResult result;
        try (ExperimentRunner runner = new ExperimentRunner(threads.count())) {
            result = runner.run(config, data, new RunControl(), statsLog == null ? log : statsLog);
        }
        if (statsLog != null) {
            LayerStatsCsv.write(layerStats, statsLog.records());
        }
        if (folder != null) {
            List<String> files = ProgressCsv.fileNames(config.seriesNames());
            for (int i = 0; i < files.size(); i++) {
                ProgressCsv.write(folder.resolve(files.get(i)), log.series(i));
            }
        }
        List<SeriesResult> lines = config instanceof HyperparameterSearch
                ? HyperparameterSearch.best(result, result.series().size()) : result.series();
        PrintWriter stdout = spec.commandLine().getOut();
        lines.forEach(series -> stdout.println(summary(series)));
        stdout.flush();
        return 0;
    }

    /** The log that takes per-layer statistics, or null without --layer-stats; checks the options first. */
    private LayerStatsLog layerStatsLog() {
        if (layerStats == null) {
            if (every != null) {
                throw new ParameterException(spec.commandLine(), "--every needs --layer-stats FILE");
            }
            return null;
        }
        Path folder = layerStats.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(layerStats)) {
            throw new ParameterException(spec.commandLine(), "--layer-stats: cannot write file " + layerStats);
        }
        return parse("--every", () -> new LayerStatsLog(every == null ? 20 : every));
    }

    /** {@code adam loss=0.0405 train_acc=0.9880 test_acc=0.9712 seconds=2.4}: measured values only. */
    static String summary(SeriesResult s) {
        StringBuilder line = new StringBuilder(s.series())
                .append(String.format(Locale.ROOT, " loss=%.4f", s.finalLoss()));
        appendAccuracy(line, "train_acc", s.trainAccuracy());
        appendAccuracy(line, "test_acc", s.testAccuracy());
        appendAccuracy(line, "val_acc", s.validationAccuracy());
        line.append(String.format(Locale.ROOT, " seconds=%.1f", s.seconds()));
        if (s.status() == SeriesResult.Status.DIVERGED) {
            line.append(" diverged_at=").append(s.iterations() + 1);
        } else if (s.status() == SeriesResult.Status.CANCELLED) {
            line.append(" cancelled_at=").append(s.iterations());
        }
        return line.toString();
    }

    private static void appendAccuracy(StringBuilder line, String key, double value) {
        if (!Double.isNaN(value)) {
            line.append(String.format(Locale.ROOT, " %s=%.4f", key, value));
        }
    }

    private ExperimentConfig config() {
        config = parse("--experiment", () -> ExperimentKind.fromId(experiment).book());
        if (iterations != null) {
            requireLength("--iterations", false);
        }
        if (epochs != null) {
            requireLength("--epochs", true);
        }
        edit("--iterations", iterations, ExperimentConfig::withLength);
        edit("--epochs", epochs, ExperimentConfig::withLength);
        edit("--trials", trials, (c, n) -> {
            if (c instanceof HyperparameterSearch search) {
                return search.withTrials(n);
            }
            throw new IllegalArgumentException("only the hyperparameters experiment has trials");
        });
        edit("--evaluate-every", evaluateEvery, (c, n) -> switch (c) {
            case OptimizerComparison comparison -> comparison.withEvaluateEvery(n);
            case InitComparison comparison -> comparison.withEvaluateEvery(n);
            default -> throw new IllegalArgumentException(c.kind().id() + " evaluates once per epoch");
        });
        edit("--seed", seed.given(), (c, n) -> c.withSetup(c.setup().withSeed(n)));
        edit("--train-size", trainSize, (c, n) -> c.withSetup(c.setup().withTrainSize(n)));
        edit("--batch-size", batchSize, (c, n) -> c.withSetup(c.setup().withBatchSize(n)));
        if (threads.count() < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads.count());
        }
        return config;
    }

    /** Applies an option's value, if given, to {@link #config}. */
    private <V> void edit(String option, V value, BiFunction<ExperimentConfig, V, ExperimentConfig> change) {
        if (value != null) {
            ExperimentConfig before = config;
            config = parse(option, () -> change.apply(before, value));
        }
    }

    private void requireLength(String option, boolean epochsWanted) {
        if (config.byEpoch() != epochsWanted) {
            throw new ParameterException(spec.commandLine(), option + ": " + config.kind().id() + " runs by "
                    + (config.byEpoch() ? "epochs; use --epochs" : "iterations; use --iterations"));
        }
    }

    private static Path outputFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | UnsupportedOperationException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName();
            throw new IllegalArgumentException("--out: cannot create folder " + folder + " (" + reason + ")");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("--out: cannot write into folder " + folder);
        }
        return folder;
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
