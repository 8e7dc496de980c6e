package org.gradientlab.core.concepts.conv;

/** A change of one hyperparameter that makes the windows fit, and the output size it gives. */
public record Suggestion(Field field, int value, int outputWidth, int outputHeight) {
}
