package org.gradientlab.core.concepts.ensembles;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * N independently trained nets of one architecture, different only in their seeds.
 *
 * @param net  how each member is built, trained and tested
 * @param nets members, in [1, {@value #MAX_NETS}]
 * @param seed member i's weights and mini-batches derive from (seed, i) alone, so the first k
 *             members are the same nets whatever N is
 */
public record EnsembleConfig(SmallNet net, int nets, long seed) {
    public static final int MAX_NETS = 10;
    public static final int DEFAULT_NETS = 5;

    public EnsembleConfig {
        Objects.requireNonNull(net, "net");
        SmallNet.requireIn("nets", nets, 1, MAX_NETS);
    }

    /** {@code nets} members of {@link SmallNet#members()}. */
    public static EnsembleConfig of(int nets, long seed) {
        return new EnsembleConfig(SmallNet.members(), nets, seed);
    }

    public EnsembleConfig withNet(SmallNet value) {
        return new EnsembleConfig(value, nets, seed);
    }

    /** {weight seed, batch seed} of member {@code index} (0-based). */
    long[] memberSeeds(int index) {
        // Golden-ratio stride: neighbouring members get unrelated SplittableRandom streams.
        SplittableRandom random = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (index + 1));
        return new long[] {random.nextLong(), random.nextLong()};
    }
}
