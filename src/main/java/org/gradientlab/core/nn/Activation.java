package org.gradientlab.core.nn;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The activation functions a network or the activation probe can use, with what a histogram of
 * their outputs needs: the bounds where the function saturates and a default value range.
 */
public enum Activation {
    SIGMOID("sigmoid", 0, 1, 0, 1),
    TANH("tanh", -1, 1, -1, 1),
    RELU("relu", Double.NaN, Double.NaN, 0, 4),
    LEAKY_RELU("leaky-relu", Double.NaN, Double.NaN, -1, 4),
    ELU("elu", -Elu.DEFAULT_ALPHA, Double.NaN, -1, 4);

    private final String cliName;
    private final double saturationLow;
    private final double saturationHigh;
    private final double histogramMin;
    private final double histogramMax;

    Activation(String cliName, double saturationLow, double saturationHigh,
               double histogramMin, double histogramMax) {
        this.cliName = cliName;
        this.saturationLow = saturationLow;
        this.saturationHigh = saturationHigh;
        this.histogramMin = histogramMin;
        this.histogramMax = histogramMax;
    }

    /** A fresh layer computing this function (default α for leaky ReLU and ELU). */
    public Layer newLayer() {
        return switch (this) {
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu();
            case ELU -> new Elu();
        };
    }

    /** The name used on the command line and in files: sigmoid, tanh, relu, leaky-relu, elu. */
    public String cliName() {
        return cliName;
    }

    /**
     * The output bound the function flattens towards on the left (sigmoid 0, tanh −1, ELU −α),
     * or NaN where there is none: ReLU's floor at 0 is a hard cut, not a saturation.
     */
    public double saturationLow() {
        return saturationLow;
    }

    /** The output bound approached on the right (sigmoid 1, tanh 1), or NaN where there is none. */
    public double saturationHigh() {
        return saturationHigh;
    }

    /**
     * Default histogram range. Sigmoid [0, 1] as the book's figure; tanh its output range
     * [−1, 1]; the ReLU family a fixed [0, 4] or [−1, 4]: He init keeps ReLU outputs around
     * std 0.85, so 4 cuts off well under 1 %, and the range stays the same across inits, so
     * vanishing (std 0.01) and exploding (std 1) layers look vanished and exploded.
     * With 30 bins, −1 and 4 put a bin edge at 0.
     */
    public double histogramMin() {
        return histogramMin;
    }

    public double histogramMax() {
        return histogramMax;
    }

    /** The activation named {@code name} (case-insensitive; "_" may stand for "-"). */
    public static Activation parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Activation activation : values()) {
            if (activation.cliName.equals(wanted)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("activation must be one of "
                + Arrays.stream(values()).map(Activation::cliName).collect(Collectors.joining(", "))
                + "; got '" + name + "'");
    }
}
