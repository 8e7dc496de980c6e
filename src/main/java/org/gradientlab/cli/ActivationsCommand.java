package org.gradientlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.gradientlab.core.experiment.probe.ActivationProbe;
import org.gradientlab.core.experiment.probe.ActivationProbeConfig;
import org.gradientlab.core.experiment.probe.ActivationProbeResult;
import org.gradientlab.core.experiment.probe.LayerStatisticsCsv;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code activations}: the activation histograms of DESIGN.md as CSV, one row per layer:
 * {@code layer,mean,std,min,max,c0,…} with one c column per bin.
 */
@Command(name = "activations", mixinStandardHelpOptions = true,
        description = "Histogram of each layer's activations for an input of N(0,1) samples (book ch. 6.2).")
public final class ActivationsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--init", required = true, paramLabel = "STD|xavier|he",
            description = "Weight init: a positive std such as 1 or 0.01, xavier or he.")
    private String init;

    @Option(names = "--activation", required = true, paramLabel = "NAME",
            description = "sigmoid, tanh, relu, leaky-relu or elu.")
    private String activation;

    @Option(names = "--layers", defaultValue = "" + ActivationProbeConfig.BOOK_LAYERS, description = "Layers (default ${DEFAULT-VALUE}).")
    private int layers;

    @Option(names = "--nodes", defaultValue = "" + ActivationProbeConfig.BOOK_NODES, description = "Nodes per layer (default ${DEFAULT-VALUE}).")
    private int nodes;

    @Option(names = "--samples", defaultValue = "" + ActivationProbeConfig.BOOK_SAMPLES, description = "Input rows (default ${DEFAULT-VALUE}).")
    private int samples;

    @Mixin
    private SeedOption seed;

    @Option(names = "--bins", defaultValue = "" + ActivationProbeConfig.BOOK_BINS, description = "Histogram bins (default ${DEFAULT-VALUE}).")
    private int bins;

    @Option(names = "--range", paramLabel = "MIN,MAX",
            description = "Histogram range; default sigmoid 0,1, tanh -1,1, relu 0,4, leaky-relu and elu -1,4.")
    private String range;

    @Option(names = "--batch-norm", description = "Batch-normalize before each activation.")
    private boolean batchNorm;

    @Option(names = "--gradients",
            description = "Rows for the gradients reaching each layer's input instead (N(0,1) upstream, range ±max|g|).")
    private boolean gradients;

    @Override
    public Integer call() {
        Activation act = Activation.parse(activation);
        double[] bounds = range == null ? new double[] {act.histogramMin(), act.histogramMax()} : parseRange(range);
        ActivationProbeConfig config = new ActivationProbeConfig(samples, nodes, layers, WeightInit.parse(init), act,
                batchNorm, seed.value(), bins, bounds[0], bounds[1], gradients);
        ActivationProbeResult result = new ActivationProbe().run(config);
        var rows = gradients ? result.gradients() : result.activations();
        PrintWriter out = spec.commandLine().getOut();
        out.print(LayerStatisticsCsv.of(rows));
        out.flush();
        // The table is printed either way (it shows where it broke), but a number that overflowed is not a result.
        return LayerStatisticsCsv.firstOverflow(rows).map(layer -> {
            spec.commandLine().getErr().println("error: " + (gradients ? "gradients" : "activations")
                    + " overflowed float from layer " + layer.layer() + " on (shown as 'overflow'); lower --init"
                    + (gradients ? "" : " or --layers"));
            return GradientLabCommand.BAD_INPUT;
        }).orElse(0);
    }

    private static double[] parseRange(String text) {
        String[] parts = text.split(",");
        if (parts.length == 2) {
            try {
                return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("--range must be two numbers MIN,MAX such as 0,1; got '" + text + "'");
    }
}
