package org.gradientlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gradientlab.core.concepts.conv.ConvLayer;
import org.gradientlab.core.concepts.conv.Field;
import org.gradientlab.core.concepts.conv.LayerGeometry;
import org.gradientlab.core.concepts.conv.MaxPool;
import org.gradientlab.core.concepts.conv.Suggestion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conv}: the arithmetic of a convolution or max-pooling layer (CS231n lecture 7), one
 * {@code name value} line each: output, parameters, multiply-adds (comparisons for pooling).
 * Windows that do not fit are bad input: exit 2 with the fraction and the nearest settings that fit.
 */
@Command(name = "conv", mixinStandardHelpOptions = true,
        description = "Output size, parameters and multiply-adds of a conv layer, or of max pooling with --pool.")
public final class ConvCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "WxHxD", description = "Input volume, e.g. 32x32x3.")
    private String input;

    @Option(names = "--filter", required = true, paramLabel = "F", description = "Filter (window) size F.")
    private int filter;

    @Option(names = "--stride", defaultValue = "1", paramLabel = "S", description = "Stride (default ${DEFAULT-VALUE}).")
    private int stride;

    @Option(names = "--pad", paramLabel = "P", description = "Zero padding (default 0; not with --pool).")
    private Integer pad;

    @Option(names = "--filters", paramLabel = "K", description = "Number of filters (default 1; not with --pool).")
    private Integer filters;

    @Option(names = "--pool", description = "Max pooling instead of a convolution.")
    private boolean pool;

    @Override
    public Integer call() {
        int[] volume = parseVolume(input);
        if (pool && (pad != null || filters != null)) {
            throw new IllegalArgumentException("max pooling takes no --pad or --filters (it has no padding and no parameters)");
        }
        LayerGeometry layer = pool
                ? new MaxPool(volume[0], volume[1], volume[2], filter, stride)
                : new ConvLayer(volume[0], volume[1], volume[2], filter, stride, pad == null ? 0 : pad,
                        filters == null ? 1 : filters);
        if (!layer.fits()) {
            throw new IllegalArgumentException(misfit(layer));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("output " + layer.outputWidth() + "x" + layer.outputHeight() + "x" + layer.outputDepth());
        out.println("parameters " + layer.parameters());
        out.println((pool ? "comparisons " : "multiply-adds ") + layer.operations().orElseThrow());
        out.flush();
        return 0;
    }

    /** "does not fit: width (7 − 3 + 2·0)/3 + 1 = 2.33 (not a whole number); fits with --pad 1, --stride 2". */
    static String misfit(LayerGeometry layer) {
        List<String> axes = new ArrayList<>();
        if (!layer.horizontal().fits()) {
            axes.add("width " + layer.horizontal().formula());
        }
        if (!layer.vertical().fits()) {
            axes.add("height " + layer.vertical().formula());
        }
        List<String> options = new ArrayList<>();
        for (Suggestion s : layer.suggestions()) {
            options.add(option(s.field()) + " " + s.value());
        }
        return "does not fit: " + String.join(", ", axes)
                + (axes.size() == 1 ? " (not a whole number)" : " (not whole numbers)")
                + (options.isEmpty() ? "" : "; fits with " + String.join(", ", options));
    }

    private static String option(Field field) {
        return switch (field) {
            case FILTER -> "--filter";
            case STRIDE -> "--stride";
            case PADDING -> "--pad";
            default -> throw new IllegalStateException("no suggestion changes " + field);
        };
    }

    private static int[] parseVolume(String text) {
        String[] parts = text.strip().split("[x×X]");
        if (parts.length == 3) {
            try {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                        Integer.parseInt(parts[2].strip())};
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("--input must be WxHxD such as 32x32x3, got '" + text + "'");
    }
}
