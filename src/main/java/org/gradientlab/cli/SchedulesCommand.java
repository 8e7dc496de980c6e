package org.gradientlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.gradientlab.core.concepts.schedules.LearningRateSketch;
import org.gradientlab.core.concepts.schedules.ScheduleComparison;
import org.gradientlab.core.concepts.schedules.ScheduleSettings;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.experiment.training.ProgressLog;
import org.gradientlab.core.experiment.RunControl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code schedules}: the concepts page's runs headless. The four learning-rate schedules (or,
 * with {@code --sketch}, the lecture's four constant rates) trained on MNIST; CSV on stdout:
 * {@code series,iteration,lr,loss}, the lr being the one the update of that iteration used.
 */
@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = {"Trains one network per learning-rate schedule on MNIST (constant, step, exponential, 1/t)",
            "and prints series,iteration,lr,loss as CSV; --sketch runs the very high/high/low/good rates."})
public final class SchedulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--sketch", description = "the loss-vs-lr sketch: constant rates "
            + LearningRateSketch.VERY_HIGH + ", " + LearningRateSketch.HIGH + ", " + LearningRateSketch.LOW + ", "
            + LearningRateSketch.GOOD)
    private boolean sketch;

    @Option(names = "--lr0", paramLabel = "X", description = "initial learning rate α0 (default 1)")
    private Double initialRate;

    @Option(names = "--step-every", paramLabel = "N", description = "step decay: updates between drops (default 500)")
    private Integer stepEvery;

    @Option(names = "--gamma", paramLabel = "X", description = "step decay: factor of each drop (default 0.5)")
    private Double gamma;

    @Option(names = "--exp-k", paramLabel = "X", description = "exponential decay k of α0·e^(−kt) (default 0.00115)")
    private Double exponentialK;

    @Option(names = "--inv-k", paramLabel = "X", description = "1/t decay k of α0/(1+kt) (default 0.0045)")
    private Double inverseTimeK;

    @Option(names = "--iterations", paramLabel = "N", description = "updates per series (default 2000; sketch 300)")
    private Integer iterations;

    @Option(names = "--hidden-layers", paramLabel = "N", description = "hidden layers of 100 units (default 1)")
    private Integer hiddenLayers;

    @Mixin
    private SeedOption seed;

    @Override
    public Integer call() throws InterruptedException {
        ScheduleComparison comparison = parse(this::comparison);
        ProgressLog log = new ProgressLog();
        Mnist data = Mnist.bundled();
        try (ExperimentRunner runner = new ExperimentRunner()) {
            RunControl control = new RunControl();
            try {
                comparison.start(runner, data, control, log).get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                control.cancel();
                throw e;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("series,iteration,lr,loss");
        List<String> names = comparison.seriesNames();
        for (int s = 0; s < names.size(); s++) {
            double[] rates = comparison.rates(s);
            for (Progress p : log.series(s)) {
                out.println(String.format(Locale.ROOT, "%s,%d,%s,%s", names.get(s), p.iteration(),
                        rates[p.iteration() - 1], p.loss()));
            }
        }
        out.flush();
        return 0;
    }

    private ScheduleComparison comparison() {
        ScheduleSettings d = ScheduleSettings.defaults();
        var setup = ScheduleComparison.lectureSetup();
        if (seed.given() != null) {
            setup = setup.withSeed(seed.given());
        }
        if (hiddenLayers != null) {
            // nCopies would refuse a negative count with "List length = -1"; the core checks the rest.
            if (hiddenLayers < 0) {
                throw new ParameterException(spec.commandLine(),
                        "--hidden-layers must be a whole number of layers >= 1, got " + hiddenLayers);
            }
            setup = setup.withHiddenSizes(java.util.Collections.nCopies(hiddenLayers, 100));
        }
        if (sketch) {
            if (initialRate != null || stepEvery != null || gamma != null || exponentialK != null
                    || inverseTimeK != null) {
                throw new ParameterException(spec.commandLine(), "--sketch takes only --iterations, --hidden-layers and --seed");
            }
            return LearningRateSketch.comparison(setup, iterations == null ? LearningRateSketch.ITERATIONS : iterations);
        }
        return new ScheduleSettings(or(initialRate, d.initialRate()), or(stepEvery, d.stepEvery()),
                or(gamma, d.stepGamma()), or(exponentialK, d.exponentialK()), or(inverseTimeK, d.inverseTimeK()),
                or(iterations, d.iterations())).comparison(setup);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** A core record's message as the one-line error of bad input. */
    private <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
