package org.gradientlab.core.data;

import java.util.Objects;
import java.util.random.RandomGenerator;

import org.gradientlab.core.linalg.Matrix;

/**
 * Random mini-batches as the book's trainer draws them (common/trainer.py):
 * {@code batch_mask = np.random.choice(train_size, batch_size)}, i.e. indices drawn uniformly
 * with replacement, afresh every iteration. The batch lives in buffers allocated once and
 * overwritten by each {@link #next()}: x [batch × features], t [batch], and the drawn indices.
 * One sampler fed to several networks gives them all the same batch, as the optimizer
 * comparison requires. Not thread-safe.
 */
public final class BatchSampler {
    private final Dataset data;
    private final RandomGenerator random;
    private final Matrix x;
    private final int[] t;
    private final int[] indices;

    public BatchSampler(Dataset data, int batchSize, RandomGenerator random) {
        this.data = Objects.requireNonNull(data, "data");
        this.random = Objects.requireNonNull(random, "random");
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
        }
        if (data.count() == 0) {
            throw new IllegalArgumentException("cannot draw mini-batches from an empty dataset");
        }
        this.x = new Matrix(batchSize, data.features());
        this.t = new int[batchSize];
        this.indices = new int[batchSize];
    }

    /** Iterations in one epoch: ⌈samples / batchSize⌉ (DESIGN.md; the book divides exactly). */
    public static int iterationsPerEpoch(int samples, int batchSize) {
        if (samples < 0 || batchSize <= 0) {
            throw new IllegalArgumentException("need samples >= 0 and batchSize > 0, got samples=" + samples
                    + ", batchSize=" + batchSize);
        }
        return Math.max(1, Math.ceilDiv(samples, batchSize));
    }

    /** Iterations in one epoch of this sampler's dataset. */
    public int iterationsPerEpoch() {
        return iterationsPerEpoch(data.count(), batchSize());
    }

    /** Draws the next batch into {@link #x()}, {@link #t()} and {@link #indices()}. */
    public void next() {
        int features = data.features();
        float[] images = data.images();
        int[] labels = data.labels();
        for (int row = 0; row < indices.length; row++) {
            int index = random.nextInt(data.count());
            indices[row] = index;
            System.arraycopy(images, index * features, x.data, row * features, features);
            t[row] = labels[index];
        }
    }

    public int batchSize() {
        return indices.length;
    }

    /** The current batch's inputs, [batch × features]; overwritten by the next draw. */
    public Matrix x() {
        return x;
    }

    /** The current batch's labels, [batch]; overwritten by the next draw. */
    public int[] t() {
        return t;
    }

    /** The dataset indices of the current batch's rows; overwritten by the next draw. */
    public int[] indices() {
        return indices;
    }
}
