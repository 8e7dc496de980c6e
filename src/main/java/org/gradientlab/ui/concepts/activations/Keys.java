package org.gradientlab.ui.concepts.activations;

import org.gradientlab.core.concepts.activations.Answer;
import org.gradientlab.core.concepts.activations.Check;
import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.ui.kit.text.DisplayNames;

/**
 * The i18n keys the page builds from names (ActivationsKeysTest checks that each exists); the
 * fixed keys are written out where they are used.
 */
final class Keys {
    private static final String PREFIX = "concepts.activations.";

    private Keys() {}

    static String name(GalleryFunction function) {
        return DisplayNames.of(function).key();
    }

    static String formula(GalleryFunction function) {
        return PREFIX + "formula." + function.id();
    }

    /** Why {@code function} cannot go to the initialization lab (PReLU, Maxout). */
    static String notSendable(GalleryFunction function) {
        return PREFIX + "send.none." + function.id();
    }

    static String question(Check check) {
        return PREFIX + "check." + check.key();
    }

    /** The tooltip that explains the question's term. */
    static String questionTip(Check check) {
        return PREFIX + "check." + check.key() + ".tip";
    }

    static String answer(Answer answer) {
        return PREFIX + "answer." + answer.key();
    }

    /** A parameter's slider name: leaky-alpha, elu-alpha, prelu-alpha, maxout-w1 … maxout-b2. */
    static String parameter(String name) {
        return PREFIX + "param." + name;
    }

    /** A maxout preset's button: as-relu, as-leaky. */
    static String maxoutPreset(String name) {
        return PREFIX + "maxout." + name;
    }
}
