package org.gradientlab.core.concepts.activations;

import java.util.Locale;

/** The checklist's questions, each with the answer that is good for training (CS231n lecture 5). */
public enum Check {
    /** Non-zero-centred outputs make every weight gradient of the next layer share a sign: zig-zag steps. */
    ZERO_CENTRED(Answer.YES),
    /** Saturated neurons pass almost no gradient back (vanishing gradient). */
    SATURATES(Answer.NO),
    /** exp() costs far more than max(). */
    CHEAP(Answer.YES),
    /** A neuron whose inputs all land where f′ = 0 never updates again (dead ReLU). */
    DIES(Answer.NO);

    private final Answer good;

    Check(Answer good) {
        this.good = good;
    }

    /** The answer that helps training. */
    public Answer good() {
        return good;
    }

    /** Lower-case name for i18n keys and node ids: zero-centred, saturates, cheap, dies. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
