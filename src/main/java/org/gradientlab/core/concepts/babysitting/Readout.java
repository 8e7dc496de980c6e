package org.gradientlab.core.concepts.babysitting;

import java.util.List;
import java.util.Locale;

import org.gradientlab.core.data.Mnist;

/**
 * The numbers a step's "expected" and "observed" sentences show, formatted (Locale.ROOT), so the
 * command line and the page say the same thing in their own words. Argument order per check:
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

    public static List<String> expected(BabysitStep step) {
        return switch (step.check()) {
            case NEAR_CHANCE -> List.of(loss(Math.log(Mnist.CLASSES)),
                    ratio(step.threshold()));
            case ABOVE_BASELINE -> List.of(ratio(step.weightDecay()));
            case MEMORIZES -> List.of(Integer.toString(step.trainSize()), ratio(step.threshold()));
            case BARELY_MOVES -> List.of(ratio(100 * step.threshold()));
            case EXPLODES, DROPS -> List.of(ratio(step.threshold()));
        };
    }

    public static List<String> observed(StepResult r) {
        return switch (r.step().check()) {
            case NEAR_CHANCE -> List.of(loss(r.observed()));
            case ABOVE_BASELINE -> List.of(loss(r.observed()), loss(r.baseline()), loss(r.observed() - r.baseline()));
            case MEMORIZES -> List.of(String.format(Locale.ROOT, "%.2f", r.observed()), loss(r.endLoss()));
            case BARELY_MOVES -> List.of(ratio(100 * r.observed()), loss(r.startLoss()), loss(r.endLoss()));
            case EXPLODES -> r.divergedAt() > 0 ? List.of(Integer.toString(r.divergedAt()))
                    : List.of(ratio(r.observed()), loss(r.observed() * r.startLoss()));
            case DROPS -> List.of(ratio(r.observed()), loss(r.startLoss()), loss(r.endLoss()));
        };
    }

    /** A loss: 4 decimals ("2.3026", "0.0121"), scientific beyond ("1.35e34"), "NaN", "∞". */
    public static String loss(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        return scientific(value) ? exponent(value) : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A ratio or setting: 3 significant digits without trailing zeros ("0.5", "3", "0.183", "1e-6"). */
    public static String ratio(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        if (scientific(value) || Math.abs(value) >= 1000) {
            return exponent(value);
        }
        String text = String.format(Locale.ROOT, "%.3g", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    private static boolean scientific(double value) {
        double magnitude = Math.abs(value);
        return magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5);
    }

    /** "1e-6", "2.99e34": three significant digits, no trailing zeros, no "+" or leading zeros in the exponent. */
    private static String exponent(double value) {
        String[] parts = String.format(Locale.ROOT, "%.2e", value).split("e");
        String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + "e" + Integer.parseInt(parts[1]);
    }

    private static String nonFinite(double value) {
        return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
    }
}
