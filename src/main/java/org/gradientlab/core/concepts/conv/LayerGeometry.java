package org.gradientlab.core.concepts.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The arithmetic of a layer that slides an F×F window with stride S over a W×H×D volume
 * (CS231n lecture 7): a convolution with K filters and zero padding P, or max pooling.
 * A window that does not fit is a result, never an exception: {@link #fits()} is false, the
 * formulas show the fraction and {@link #suggestions()} name the nearest settings that fit.
 */
public sealed interface LayerGeometry permits ConvLayer, MaxPool {
    /** Input width and height at most this; with the other limits every count fits in a long. */
    int MAX_SIDE = 1024;
    /** D and K at most this (ResNet's widest blocks have 2048 channels). */
    int MAX_DEPTH = 4096;
    int MAX_PADDING = 256;
    int MAX_STRIDE = 1024;

    int width();

    int height();

    int depth();

    int filter();

    int stride();

    int padding();

    boolean pooling();

    /** D2: K for a convolution, D for pooling. */
    int outputDepth();

    /** Learned numbers: (F·F·D + 1)·K for a convolution (K biases), none for pooling. */
    long parameters();

    /** The substituted parameter count: "(5·5·3 + 1)·10 = 760". */
    String parametersFormula();

    /**
     * Multiply-adds of a convolution, W2·H2·K·F·F·D, or comparisons of max pooling,
     * W2·H2·D·(F·F − 1); empty when the windows do not fit.
     */
    OptionalLong operations();

    /** The substituted operation count, "32·32·10·5·5·3 = 768,000", or empty text when the windows do not fit. */
    String operationsFormula();

    /** The settings nearest to this one that fit, at most two per hyperparameter changed. */
    List<Suggestion> suggestions();

    default AxisFit horizontal() {
        return new AxisFit(width(), filter(), stride(), padding(), !pooling());
    }

    default AxisFit vertical() {
        return new AxisFit(height(), filter(), stride(), padding(), !pooling());
    }

    /** Both axes are covered by whole windows. */
    default boolean fits() {
        return horizontal().fits() && vertical().fits();
    }

    /** W2, the number of whole windows across; the output width when {@link #fits()}. */
    default int outputWidth() {
        return horizontal().windows();
    }

    default int outputHeight() {
        return vertical().windows();
    }

    /** "32×32×10". */
    default String outputShape() {
        return outputWidth() + "×" + outputHeight() + "×" + outputDepth();
    }

    /** "32×32×3". */
    default String inputShape() {
        return width() + "×" + height() + "×" + depth();
    }

    /** Checks a value against [min, max] and adds the problem to {@code into}. */
    static void check(List<FieldProblem> into, Field field, int value, int min, int max) {
        if (value < min || value > max) {
            into.add(new FieldProblem(field, value, min, max, false));
        }
    }

    /** W, H, D, F, S, P checked in that order; F must fit in the padded input. */
    static List<FieldProblem> windowProblems(int width, int height, int depth, int filter, int stride, int padding) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, Field.WIDTH, width, 1, MAX_SIDE);
        check(problems, Field.HEIGHT, height, 1, MAX_SIDE);
        check(problems, Field.DEPTH, depth, 1, MAX_DEPTH);
        boolean paddingOk = padding >= 0 && padding <= MAX_PADDING;
        int padded = Math.min(width, height) + 2 * padding;
        if (filter < 1) {
            problems.add(new FieldProblem(Field.FILTER, filter, 1, Math.max(1, padded), false));
        } else if (paddingOk && width >= 1 && height >= 1 && filter > padded) {
            problems.add(new FieldProblem(Field.FILTER, filter, 1, padded, true));
        }
        check(problems, Field.STRIDE, stride, 1, MAX_STRIDE);
        check(problems, Field.PADDING, padding, 0, MAX_PADDING);
        return problems;
    }

    /** Throws the first problem's message, for the compact constructors. */
    static void requireValid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
    }

    /** 34944 → "34,944". */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
