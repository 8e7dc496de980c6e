package org.gradientlab.core.concepts.ensembles;

import java.util.Objects;

/**
 * One net trained with dropout, then tested two ways (CS231n lecture 7, "Dropout: test time").
 *
 * @param net          how the net is built, trained and tested
 * @param dropoutRatio share of hidden units dropped, in (0, 0.9]
 * @param passes       masked forward passes averaged, M in [1, {@value #MAX_PASSES}]
 * @param seed         seeds the weights, the mini-batches and every mask
 */
public record DropoutEnsembleConfig(SmallNet net, double dropoutRatio, int passes, long seed) {
    public static final int MAX_PASSES = 1000;
    public static final int DEFAULT_PASSES = 100;
    /** The lecture's p = 0.5: half of the units kept. */
    public static final double DEFAULT_RATIO = 0.5;

    public DropoutEnsembleConfig {
        Objects.requireNonNull(net, "net");
        if (!(dropoutRatio > 0 && dropoutRatio <= 0.9)) {
            throw new IllegalArgumentException("dropout ratio must be in (0, 0.9], got " + dropoutRatio);
        }
        SmallNet.requireIn("passes", passes, 1, MAX_PASSES);
    }

    public static DropoutEnsembleConfig of(double dropoutRatio, int passes, long seed) {
        return new DropoutEnsembleConfig(SmallNet.dropoutNet(), dropoutRatio, passes, seed);
    }

    public DropoutEnsembleConfig withPasses(int value) {
        return new DropoutEnsembleConfig(net, dropoutRatio, value, seed);
    }

    public DropoutEnsembleConfig withNet(SmallNet value) {
        return new DropoutEnsembleConfig(value, dropoutRatio, passes, seed);
    }
}
