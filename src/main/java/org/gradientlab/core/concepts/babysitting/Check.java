package org.gradientlab.core.concepts.babysitting;

/**
 * What a step of the lecture's checklist expects, as a test on the step's observed number
 * ({@link StepResult#observed()}) against its {@link BabysitStep#threshold()}.
 */
public enum Check {
    /** |initial loss − ln C| ≤ threshold: C equally likely classes give −ln(1/C) = ln C. */
    NEAR_CHANCE,
    /** Loss with the step's λ &gt; the same weights' loss with λ = 0 (threshold unused). */
    ABOVE_BASELINE,
    /** Train accuracy 1.00 on the tiny set, and the final loss ≤ threshold. */
    MEMORIZES,
    /** |end − start| / start &lt; threshold: the loss barely moves (learning rate too low). */
    BARELY_MOVES,
    /** Peak loss / start &gt; threshold, or NaN/∞ (the lecture: "cost &gt; 3 × original, break out"). */
    EXPLODES,
    /** End loss / start ≤ threshold: the loss clearly goes down. */
    DROPS;

    /** Accuracy the tiny set must reach: every one of its examples right. */
    public static final double FULL_ACCURACY = 1.0;

    /** Whether a step's observations meet this check; NaN observations never do. */
    boolean passes(double threshold, double observed, double baseline, double endLoss) {
        return switch (this) {
            case NEAR_CHANCE -> Math.abs(observed - baseline) <= threshold;
            case ABOVE_BASELINE -> observed > baseline;
            case MEMORIZES -> observed >= FULL_ACCURACY && endLoss <= threshold;
            case BARELY_MOVES -> Math.abs(observed) < threshold;
            case EXPLODES -> observed > threshold;
            case DROPS -> observed <= threshold;
        };
    }

    /** Whether the step trains (a loss curve) or only measures the loss of fresh weights. */
    public boolean trains() {
        return this != NEAR_CHANCE && this != ABOVE_BASELINE;
    }
}
