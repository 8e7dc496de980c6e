package org.gradientlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.gradientlab.core.concepts.ensembles.DropoutEnsemble;
import org.gradientlab.core.concepts.ensembles.DropoutEnsembleConfig;
import org.gradientlab.core.concepts.ensembles.DropoutEnsembleResult;
import org.gradientlab.core.concepts.ensembles.EnsembleConfig;
import org.gradientlab.core.concepts.ensembles.EnsembleResult;
import org.gradientlab.core.concepts.ensembles.Ensembles;
import org.gradientlab.core.concepts.ensembles.Member;
import org.gradientlab.core.concepts.ensembles.SmallNet;
import org.gradientlab.core.data.Mnist;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ensemble}: N small MNIST nets, each alone and averaged (CS231n lecture 7), and on
 * request one dropout net tested with the scaled pass and with M masked passes.
 */
@Command(name = "ensemble", mixinStandardHelpOptions = true,
        description = {"Trains N small MNIST nets with different seeds and prints CSV:",
            "net,test_accuracy,ensemble_accuracy (the mean softmax of nets 1..net).",
            "With --dropout-passes M, then a blank line and a second CSV:",
            "passes,averaged_accuracy,single_pass_accuracy,scaled_accuracy."})
public final class EnsembleCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--nets", defaultValue = "" + EnsembleConfig.DEFAULT_NETS, paramLabel = "N",
            description = "networks, 1..10 (default ${DEFAULT-VALUE})")
    private int nets;

    @Mixin
    private SeedOption seed;

    @Option(names = "--iterations", paramLabel = "N",
            description = "updates per net (default: ensemble 600, dropout net 1000)")
    private Integer iterations;

    @Option(names = "--test-size", defaultValue = "10000", paramLabel = "N",
            description = "test images measured, 1..10000 (default ${DEFAULT-VALUE})")
    private int testSize;

    @Option(names = "--dropout-passes", paramLabel = "M",
            description = "also train a dropout net and average M masked passes, 1..1000")
    private Integer dropoutPasses;

    @Option(names = "--dropout-ratio", paramLabel = "R",
            description = "dropout ratio of that net, (0, 0.9] (default 0.5)")
    private Double dropoutRatio;

    @Override
    public void run() {
        EnsembleConfig ensemble = parse("--nets", () -> EnsembleConfig.of(nets, seed.value()));
        ensemble = ensemble.withNet(net("--iterations", ensemble.net()));
        DropoutEnsembleConfig dropout = null;
        if (dropoutRatio != null && dropoutPasses == null) {
            throw new ParameterException(spec.commandLine(), "--dropout-ratio: needs --dropout-passes M");
        }
        if (dropoutPasses != null) {
            double ratio = dropoutRatio == null ? DropoutEnsembleConfig.DEFAULT_RATIO : dropoutRatio;
            parse("--dropout-ratio", () -> DropoutEnsembleConfig.of(ratio, 1, seed.value()));
            DropoutEnsembleConfig book = parse("--dropout-passes",
                    () -> DropoutEnsembleConfig.of(ratio, dropoutPasses, seed.value()));
            dropout = book.withNet(net("--iterations", book.net()));
        }
        Mnist data = Mnist.bundled();
        PrintWriter out = spec.commandLine().getOut();
        EnsembleResult result = Ensembles.run(ensemble, data, () -> false, m -> { });
        out.println("net,test_accuracy,ensemble_accuracy");
        for (Member m : result.members()) {
            out.println((m.index() + 1) + "," + number(m.testAccuracy()) + ","
                    + number(result.ensembleAccuracy().get(m.index())));
        }
        if (dropout != null) {
            DropoutEnsembleResult d = DropoutEnsemble.run(dropout, data, () -> false, done -> { }, partial -> { });
            out.println();
            out.println("passes,averaged_accuracy,single_pass_accuracy,scaled_accuracy");
            List<Double> averaged = d.averagedAccuracy();
            for (int m = 0; m < averaged.size(); m++) {
                out.println((m + 1) + "," + number(averaged.get(m)) + "," + number(d.singlePassAccuracy().get(m)) + ","
                        + number(d.scaledAccuracy()));
            }
        }
        out.flush();
    }

    /** {@code base} with the options that apply to every net. */
    private SmallNet net(String option, SmallNet base) {
        SmallNet sized = parse("--test-size", () -> base.withTestSize(testSize));
        return iterations == null ? sized : parse(option, () -> sized.withIterations(iterations));
    }

    private static String number(double accuracy) {
        return String.format(Locale.ROOT, "%.4f", accuracy);
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
