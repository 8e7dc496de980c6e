package org.gradientlab.core.concepts.preprocessing;

/** Why a stage cannot be shown as a point cloud, or what limits the one shown. */
public enum Problem {
    /** The cloud is empty: nothing to average. */
    NO_POINTS,
    /** One point has a mean but no spread: covariance and its eigenvectors are undefined. */
    ONE_POINT,
    /** All points coincide: np.std is 0 on both axes, X /= std divides by zero. */
    IDENTICAL_POINTS,
    /** Every point has the same x: std of x is 0 and normalising divides by zero. */
    ZERO_VARIANCE_X,
    ZERO_VARIANCE_Y,
    /**
     * Shown, with a warning: one eigenvalue is 0, so the ε in √(S + ε) is all that keeps
     * whitening from dividing by zero, and that direction keeps variance 0 instead of 1.
     */
    FLAT_DIRECTION
}
