package org.gradientlab.core.concepts.activations;

import java.util.Objects;

/**
 * One line of the checklist.
 *
 * @param reasonKey i18n key of the one-line reason:
 *                  {@code concepts.activations.fact.<function>.<check>.<answer>}
 */
public record Fact(Check check, Answer answer, String reasonKey) {
    public Fact {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(reasonKey, "reasonKey");
    }

    static Fact of(GalleryFunction function, Check check, Answer answer) {
        return new Fact(check, answer,
                "concepts.activations.fact." + function.id() + "." + check.key() + "." + answer.key());
    }

    /** The answer that helps training; PARTLY is neither good nor bad. */
    public boolean good() {
        return answer == check.good();
    }
}
