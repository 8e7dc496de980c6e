package org.gradientlab.core.surface;

import java.util.Random;

/**
 * Seeded Gaussian noise added to each gradient component, so a 2-D run behaves like real SGD on
 * mini-batches: a random walk that Momentum smooths and Adam damps. With σ = 0 no number is drawn
 * and the paths are exactly the book's.
 *
 * @param sigma standard deviation of the noise on ∂f/∂x and ∂f/∂y, 0..{@value #MAX_SIGMA}
 * @param seed  seed of the draws; the same seed gives every optimizer the same noise sequence,
 *              so a comparison stays fair
 */
public record GradientNoise(double sigma, long seed) {
    public static final double MAX_SIGMA = 1e6;
    public static final GradientNoise NONE = new GradientNoise(0, 0);

    public GradientNoise {
        if (!(sigma >= 0 && sigma <= MAX_SIGMA)) {
            throw new IllegalArgumentException("noise sigma must be in 0.." + MAX_SIGMA + ", got " + sigma);
        }
    }

    public boolean isNone() {
        return sigma == 0;
    }

    /** A fresh source of the draws for one run, or null for no noise. */
    Random source() {
        return isNone() ? null : new Random(seed);
    }
}
