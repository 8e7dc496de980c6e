package org.gradientlab.ui.concepts.babysitting;

/**
 * The babysitting page as a saved scene holds it. The lecture's checks are fixed; what a scene
 * can choose is the seed every check trains with (the caption names it), so a class sees the same
 * curves as the teacher did. Results are not setup: the checks run again when asked.
 *
 * @param seed the seed of every check's network and batches; any long
 */
public record BabysittingSetup(long seed) {}
