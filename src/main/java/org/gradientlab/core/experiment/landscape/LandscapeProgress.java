package org.gradientlab.core.experiment.landscape;

/**
 * How far a study has come: {@code done} of {@code total} steps of its current phase.
 *
 * @param phase TRAINING counts updates, MEASURING counts losses (path, line and grid together)
 */
public record LandscapeProgress(Phase phase, int done, int total) {
    public enum Phase { TRAINING, MEASURING }

    /** Share of the phase done, in [0, 1]. */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
