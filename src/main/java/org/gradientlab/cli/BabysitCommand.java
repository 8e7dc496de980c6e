package org.gradientlab.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gradientlab.core.concepts.babysitting.BabysitRunner;
import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.concepts.babysitting.Check;
import org.gradientlab.core.concepts.babysitting.Readout;
import org.gradientlab.core.concepts.babysitting.StepResult;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ProgressListener;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.nn.WeightInit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code babysit}: the sanity checks of CS231n lecture 6 ("babysitting the learning process")
 * run for real on the bundled MNIST, as CSV {@code step,expected,observed,pass}. A failed check
 * is a result, not an error: the exit code is 0 whenever the steps ran.
 */
@Command(name = "babysit", mixinStandardHelpOptions = true,
        description = {"Runs the lecture's sanity checks on MNIST with the 784-50-10 ReLU net:",
            "initial loss ~ ln 10, lambda raises the loss, 20 examples overfit, lr too low / too high / about right.",
            "Prints CSV: step,expected,observed,pass."})
public final class BabysitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SeedOption seed;

    @Option(names = "--steps", split = ",", paramLabel = "ID",
            description = "only these steps: initial-loss, regularization, overfit, lr-too-low, lr-too-high, lr-right")
    private List<String> steps;

    @Option(names = "--init", paramLabel = "STD|xavier|he",
            description = "weight init of every step instead of std 0.01 (a large std fails the first check)")
    private String init;

    @Override
    public Integer call() throws InterruptedException {
        List<BabysitStep> chosen = chosenSteps();
        PrintWriter out = spec.commandLine().getOut();
        out.println("step,expected,observed,pass");
        try (BabysitRunner runner = new BabysitRunner(Mnist.bundled())) {
            for (BabysitStep step : chosen) {
                StepResult result = runner.run(step, seed.value(), new RunControl(), ProgressListener.NONE);
                out.println(String.join(",", step.id(), expected(step), observed(result),
                        result.passed() ? "pass" : "fail"));
                out.flush();
            }
        }
        return 0;
    }

    private List<BabysitStep> chosenSteps() {
        List<BabysitStep> all = BabysitStep.lecture();
        List<BabysitStep> chosen = new ArrayList<>();
        if (steps == null) {
            chosen.addAll(all);
        } else {
            for (String id : steps) {
                chosen.add(all.stream().filter(s -> s.id().equals(id.strip())).findFirst()
                        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--steps: unknown step '" + id
                                + "', expected " + String.join("|", all.stream().map(BabysitStep::id).toList()))));
            }
        }
        if (init != null) {
            WeightInit weights;
            try {
                weights = WeightInit.parse(init);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--init: " + e.getMessage(), e);
            }
            chosen.replaceAll(s -> s.withWeightInit(weights));
        }
        return chosen;
    }

    // ASCII only, and no commas: one CSV field each.
    static String expected(BabysitStep step) {
        return format(switch (step.check()) {
            case NEAR_CHANCE -> "loss = ln 10 = {0} +- {1}";
            case ABOVE_BASELINE -> "loss with lambda {0} > loss with lambda 0";
            case MEMORIZES -> "train acc on {0} examples = 1.00 and loss <= {1}";
            case BARELY_MOVES -> "loss changes by less than {0}%";
            case EXPLODES -> "loss NaN/inf or peak > {0} x start";
            case DROPS -> "end loss <= {0} x start";
        }, Readout.expected(step));
    }

    static String observed(StepResult result) {
        if (result.outcome() == StepResult.Outcome.CANCELLED) {
            return "cancelled";
        }
        Check check = result.step().check();
        return format(switch (check) {
            case NEAR_CHANCE -> "loss = {0}";
            case ABOVE_BASELINE -> "loss = {0} (lambda 0: {1}; +{2})";
            case MEMORIZES -> "train acc = {0}; loss = {1}";
            case BARELY_MOVES -> "change {0}% ({1} -> {2})";
            case EXPLODES -> result.divergedAt() > 0 ? "NaN/inf at update {0}" : "peak = {0} x start ({1})";
            case DROPS -> "end = {0} x start ({1} -> {2})";
        }, Readout.observed(result)).replace("∞", "inf");
    }

    private static String format(String pattern, List<Readout.Value> values) {
        return new MessageFormat(pattern, Locale.ROOT).format(values.stream().map(BabysitCommand::ascii).toArray());
    }

    /** A number of a readout in ASCII: losses "2.3026", ratios "0.183", accuracies "1.00", counts "20". */
    static String ascii(Readout.Value number) {
        double value = number.value();
        return switch (number.kind()) {
            case LOSS -> loss(value);
            case RATIO -> ratio(value);
            case ACCURACY -> String.format(Locale.ROOT, "%.2f", value);
            case COUNT -> Long.toString((long) value);
        };
    }

    /** A loss: 4 decimals ("2.3026", "0.0121"), scientific beyond ("1.35e34"), "NaN", "∞". */
    static String loss(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        return scientific(value) ? exponent(value) : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A ratio or setting: 3 significant digits without trailing zeros ("0.5", "3", "0.183", "1e-6"). */
    static String ratio(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        if (scientific(value) || Math.abs(value) >= 1000) {
            return exponent(value);
        }
        String text = String.format(Locale.ROOT, "%.3g", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    private static boolean scientific(double value) {
        double magnitude = Math.abs(value);
        return magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5);
    }

    /** "1e-6", "2.99e34": three significant digits, no trailing zeros, no "+" or leading zeros in the exponent. */
    private static String exponent(double value) {
        String[] parts = String.format(Locale.ROOT, "%.2e", value).split("e");
        String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + "e" + Integer.parseInt(parts[1]);
    }

    private static String nonFinite(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
    }
}
