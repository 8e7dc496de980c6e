package org.gradientlab.core.concepts.babysitting;

import java.util.List;

import org.gradientlab.core.data.Mnist;

/**
 * The numbers a step's "expected" and "observed" sentences show, each with the kind of number it
 * is, so the command line (ASCII) and the page (the UI's number rule) write them in their own way.
 * Argument order per check:
 * <pre>
 * check           expected                 observed
 * NEAR_CHANCE     ln C, tolerance          loss
 * ABOVE_BASELINE  λ                        loss, loss at λ = 0, rise
 * MEMORIZES       examples, loss bound     train accuracy, end loss
 * BARELY_MOVES    bound in %               change in %, start, end
 * EXPLODES        ratio                    peak / start, peak   (diverged: the update that gave NaN/∞)
 * DROPS           ratio                    end / start, start, end
 * </pre>
 */
public final class Readout {
    private Readout() {}

    /** What a number is, which decides how it is written. */
    public enum Kind {
        /** A loss, compared to the fourth decimal (ln 10 = 2.3026). */
        LOSS,
        /** A ratio, a setting or a percentage: three significant digits are enough. */
        RATIO,
        /** An accuracy, written with two decimals as the lecture does ("1.00"). */
        ACCURACY,
        /** A whole count: examples, the update that diverged. */
        COUNT
    }

    /** One number of a sentence. */
    public record Value(Kind kind, double value) {
        static Value loss(double value) {
            return new Value(Kind.LOSS, value);
        }

        static Value ratio(double value) {
            return new Value(Kind.RATIO, value);
        }

        static Value count(long value) {
            return new Value(Kind.COUNT, value);
        }
    }

    public static List<Value> expected(BabysitStep step) {
        return switch (step.check()) {
            case NEAR_CHANCE -> List.of(Value.loss(Math.log(Mnist.CLASSES)), Value.ratio(step.threshold()));
            case ABOVE_BASELINE -> List.of(Value.ratio(step.weightDecay()));
            case MEMORIZES -> List.of(Value.count(step.trainSize()), Value.ratio(step.threshold()));
            case BARELY_MOVES -> List.of(Value.ratio(100 * step.threshold()));
            case EXPLODES, DROPS -> List.of(Value.ratio(step.threshold()));
        };
    }

    public static List<Value> observed(StepResult r) {
        return switch (r.step().check()) {
            case NEAR_CHANCE -> List.of(Value.loss(r.observed()));
            case ABOVE_BASELINE -> List.of(Value.loss(r.observed()), Value.loss(r.baseline()),
                    Value.loss(r.observed() - r.baseline()));
            case MEMORIZES -> List.of(new Value(Kind.ACCURACY, r.observed()), Value.loss(r.endLoss()));
            case BARELY_MOVES -> List.of(Value.ratio(100 * r.observed()), Value.loss(r.startLoss()),
                    Value.loss(r.endLoss()));
            case EXPLODES -> r.divergedAt() > 0 ? List.of(Value.count(r.divergedAt()))
                    : List.of(Value.ratio(r.observed()), Value.loss(r.observed() * r.startLoss()));
            case DROPS -> List.of(Value.ratio(r.observed()), Value.loss(r.startLoss()), Value.loss(r.endLoss()));
        };
    }
}
