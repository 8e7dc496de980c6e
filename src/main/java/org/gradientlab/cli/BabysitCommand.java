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

    private static String format(String pattern, List<String> args) {
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }
}
