package org.gradientlab.ui.concepts.preprocessing;

import java.util.Locale;

import org.gradientlab.core.concepts.preprocessing.CloudPreset;
import org.gradientlab.core.concepts.preprocessing.Problem;
import org.gradientlab.core.concepts.preprocessing.Stage;

/** The i18n keys of the core's enums, spelled out so the key-consistency test sees every one. */
final class Keys {
    private Keys() {}

    static String title(Stage stage) {
        return switch (stage) {
            case ORIGINAL -> "concepts.preprocessing.stage.original";
            case ZERO_CENTERED -> "concepts.preprocessing.stage.zero-centered";
            case NORMALIZED -> "concepts.preprocessing.stage.normalized";
            case DECORRELATED -> "concepts.preprocessing.stage.decorrelated";
            case WHITENED -> "concepts.preprocessing.stage.whitened";
        };
    }

    static String formula(Stage stage) {
        return switch (stage) {
            case ORIGINAL -> "concepts.preprocessing.formula.original";
            case ZERO_CENTERED -> "concepts.preprocessing.formula.zero-centered";
            case NORMALIZED -> "concepts.preprocessing.formula.normalized";
            case DECORRELATED -> "concepts.preprocessing.formula.decorrelated";
            case WHITENED -> "concepts.preprocessing.formula.whitened";
        };
    }

    static String explanation(Stage stage) {
        return switch (stage) {
            case ORIGINAL -> "concepts.preprocessing.explain.original";
            case ZERO_CENTERED -> "concepts.preprocessing.explain.zero-centered";
            case NORMALIZED -> "concepts.preprocessing.explain.normalized";
            case DECORRELATED -> "concepts.preprocessing.explain.decorrelated";
            case WHITENED -> "concepts.preprocessing.explain.whitened";
        };
    }

    static String problem(Problem problem) {
        return switch (problem) {
            case NO_POINTS -> "concepts.preprocessing.problem.no-points";
            case ONE_POINT -> "concepts.preprocessing.problem.one-point";
            case IDENTICAL_POINTS -> "concepts.preprocessing.problem.identical-points";
            case ZERO_VARIANCE_X -> "concepts.preprocessing.problem.zero-variance-x";
            case ZERO_VARIANCE_Y -> "concepts.preprocessing.problem.zero-variance-y";
            case FLAT_DIRECTION -> "concepts.preprocessing.problem.flat-direction";
        };
    }

    static String preset(CloudPreset preset) {
        return switch (preset) {
            case CORRELATED -> "concepts.preprocessing.preset.correlated";
            case STRETCHED -> "concepts.preprocessing.preset.stretched";
            case TWO_CLUSTERS -> "concepts.preprocessing.preset.two-clusters";
            case UNIFORM_SQUARE -> "concepts.preprocessing.preset.uniform-square";
            case NEARLY_LINE -> "concepts.preprocessing.preset.nearly-line";
        };
    }

    /** Node-id suffix of a stage: "zero-centered". */
    static String id(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
