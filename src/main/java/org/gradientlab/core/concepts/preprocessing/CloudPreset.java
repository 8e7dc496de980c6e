package org.gradientlab.core.concepts.preprocessing;

import java.util.SplittableRandom;

/**
 * Point clouds that show what each preprocessing step does. The default is the correlated,
 * off-centre Gaussian of CS231n lecture 6's figure; the others each stress one step.
 */
public enum CloudPreset {
    /** Tilted ellipse off the origin: every step changes something visible. */
    CORRELATED {
        @Override
        double[] point(SplittableRandom random) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            return new double[] {1.5 + 1.2 * a, 1.0 + 0.8 * (0.8 * a + 0.6 * b)};
        }
    },
    /** Far from the origin and 8× wider than tall, uncorrelated: centring and normalising matter. */
    STRETCHED {
        @Override
        double[] point(SplittableRandom random) {
            return new double[] {6 + 4 * random.nextGaussian(), -3 + 0.5 * random.nextGaussian()};
        }
    },
    /** Two blobs: the principal axis joins them, and whitening does not make them one. */
    TWO_CLUSTERS {
        @Override
        double[] point(SplittableRandom random) {
            boolean first = random.nextBoolean();
            return new double[] {(first ? -2 : 2) + 0.6 * random.nextGaussian(),
                    (first ? -1 : 1.5) + 0.6 * random.nextGaussian()};
        }
    },
    /** Uniform in a 4 × 2 rectangle: whitening gives unit variance but the square corners stay. */
    UNIFORM_SQUARE {
        @Override
        double[] point(SplittableRandom random) {
            return new double[] {4 * random.nextDouble(), 2 * random.nextDouble()};
        }
    },
    /** Almost on the line y = x/2: the tiny second eigenvalue is blown up by whitening (noise). */
    NEARLY_LINE {
        @Override
        double[] point(SplittableRandom random) {
            double t = 2 * random.nextGaussian();
            return new double[] {t, 0.5 * t + 0.05 * random.nextGaussian()};
        }
    };

    public static final CloudPreset DEFAULT = CORRELATED;
    public static final int DEFAULT_COUNT = 200;
    public static final long DEFAULT_SEED = 1;

    abstract double[] point(SplittableRandom random);

    /** {@code count} points drawn with {@code seed}: the same arguments give the same cloud. */
    public PointCloud sample(long seed, int count) {
        if (count < 0 || count > PointCloud.MAX_POINTS) {
            throw new IllegalArgumentException("count must be in 0.." + PointCloud.MAX_POINTS + ", got " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int i = 0; i < count; i++) {
            double[] p = point(random);
            xs[i] = p[0];
            ys[i] = p[1];
        }
        return new PointCloud(xs, ys);
    }

    /** The default cloud: {@link #DEFAULT}, {@link #DEFAULT_COUNT} points, {@link #DEFAULT_SEED}. */
    public static PointCloud defaultCloud() {
        return DEFAULT.sample(DEFAULT_SEED, DEFAULT_COUNT);
    }
}
