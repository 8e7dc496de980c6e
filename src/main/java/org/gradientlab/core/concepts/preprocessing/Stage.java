package org.gradientlab.core.concepts.preprocessing;

/** The five panels of CS231n lecture 6's preprocessing figures, in the order the steps apply. */
public enum Stage {
    ORIGINAL, ZERO_CENTERED, NORMALIZED, DECORRELATED, WHITENED
}
