package org.gradientlab.core.concepts.activations;

import org.gradientlab.core.nn.PRelu;

/**
 * The PReLU mini-task's settings.
 *
 * @param iterations   full-batch SGD steps, in [1, {@link #MAX_ITERATIONS}]
 * @param learningRate SGD's lr, in (0, 1]
 * @param initialAlpha α before training, in [−1, 1] (He et al. start at 0.25)
 */
public record PreluFitConfig(int iterations, double learningRate, double initialAlpha) {
    public static final int MAX_ITERATIONS = 10_000;
    public static final PreluFitConfig DEFAULT = new PreluFitConfig(120, 0.2, PRelu.DEFAULT_ALPHA);

    public PreluFitConfig {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be in [1, " + MAX_ITERATIONS + "], got " + iterations);
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learning rate must be in (0, 1], got " + learningRate);
        }
        if (!(initialAlpha >= -1 && initialAlpha <= 1)) {
            throw new IllegalArgumentException("initial alpha must be in [-1, 1], got " + initialAlpha);
        }
    }
}
