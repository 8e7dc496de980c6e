package org.gradientlab.core.concepts.conv;

/**
 * A hyperparameter outside its range: {@code value} must lie in [{@code min}, {@code max}].
 * When {@code paddedInput} is set, {@code max} is the padded input min(W, H) + 2P that the filter
 * has to fit in rather than a fixed limit.
 */
public record FieldProblem(Field field, int value, int min, int max, boolean paddedInput) {

    /** One line naming the field, its range and the value: "S (stride) must be between 1 and 1024, got 0". */
    public String message() {
        String name = field.symbol() + " (" + field.description() + ")";
        if (paddedInput) {
            return name + " must be at most the padded input min(W, H) + 2P = " + max + ", got " + value;
        }
        return name + " must be between " + min + " and " + max + ", got " + value;
    }
}
