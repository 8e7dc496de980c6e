package org.gradientlab.core.concepts.babysitting;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one step observed. Per {@link Check}:
 * <ul>
 * <li>NEAR_CHANCE: observed = the mean loss, baseline = ln C;</li>
 * <li>ABOVE_BASELINE: observed = the loss with the step's λ, baseline = the same weights' loss at λ = 0;</li>
 * <li>MEMORIZES: observed = the train accuracy after the last update, baseline = the start loss;</li>
 * <li>BARELY_MOVES: observed = (end − start) / start, baseline = the start loss;</li>
 * <li>EXPLODES: observed = peak / start, +∞ once the loss is NaN or ∞; baseline = the start loss;</li>
 * <li>DROPS: observed = end / start, baseline = the start loss.</li>
 * </ul>
 *
 * @param step          the step that ran
 * @param outcome       passed, failed, or cancelled before it could tell
 * @param observed      the number the check tests
 * @param baseline      what it is compared with
 * @param losses        mini-batch loss of every update, in order (the last may be NaN/∞); empty when
 *                      the step does not train
 * @param trainAccuracy accuracy on the training images after the last update, NaN if not measured
 * @param divergedAt    the update whose loss was NaN or ∞ (the core stops there), or 0
 */
public record StepResult(BabysitStep step, Outcome outcome, double observed, double baseline, double[] losses,
                         double trainAccuracy, int divergedAt) {

    /** Mini-batch losses averaged for the end of a curve, so one noisy batch does not decide. */
    public static final int END_WINDOW = 10;

    public enum Outcome { PASSED, FAILED, CANCELLED }

    public StepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(outcome, "outcome");
        losses = losses.clone();
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** The loss of the first mini-batch, before any update; NaN without a curve. */
    public double startLoss() {
        return losses.length == 0 ? Double.NaN : losses[0];
    }

    /** Mean of the last {@value #END_WINDOW} mini-batch losses (NaN/∞ if one of them is); NaN without a curve. */
    public double endLoss() {
        return endLoss(losses);
    }

    static double endLoss(double[] losses) {
        if (losses.length == 0) {
            return Double.NaN;
        }
        int from = Math.max(0, losses.length - END_WINDOW);
        return Arrays.stream(losses, from, losses.length).sum() / (losses.length - from);
    }
}
