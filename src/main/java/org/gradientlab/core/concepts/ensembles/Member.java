package org.gradientlab.core.concepts.ensembles;

/**
 * One trained member of an ensemble.
 *
 * @param index        0-based position in the ensemble
 * @param seed         the seed of its initial weights
 * @param testAccuracy share of the test images its own prediction gets right
 */
public record Member(int index, long seed, double testAccuracy) {}
