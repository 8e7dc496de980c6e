package org.gradientlab.core.concepts.preprocessing;

/**
 * One panel: the points after this stage's step and their moments, or the reason there are none.
 *
 * @param xs      the transformed x, point i of the cloud at index i; null when the stage cannot be computed
 * @param ys      the transformed y, likewise
 * @param moments of (xs, ys); null with fewer than two points or no points at this stage
 * @param problem why xs or moments are missing, or a warning about the points shown; null when all is well
 */
public record StageResult(Stage stage, double[] xs, double[] ys, Moments moments, Problem problem) {

    public boolean hasPoints() {
        return xs != null;
    }

    public boolean hasMoments() {
        return moments != null;
    }

    public int size() {
        return xs == null ? 0 : xs.length;
    }
}
