package org.gradientlab.core.experiment.training;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.linalg.Matrix;

/**
 * The mini-batches of the series of one run that draw from the same training set with the same
 * batch seed and size (the four optimizers of the book's comparison): each batch is gathered from
 * the training set once and read by every series, instead of once per series (128 scattered
 * rows out of MNIST's 188 MB per batch were about a tenth of the training's time).
 *
 * <p>A batch is drawn by the first series that reaches its iteration and kept until every other
 * series still before that iteration has used it; at most {@link #MAX_BYTES} of batches are kept,
 * beyond that (a series far ahead of another) a series draws into its own buffer. Either way a
 * batch holds the same rows: they depend on (seed, iteration) alone. Batches are only read by
 * the series, never written. Thread-safe; a series uses its batch between {@link #acquire} and
 * {@link #release}.
 */
final class SharedBatches {
    /** Memory for kept batches: 64 of the book's (128 × 784 floats). */
    static final long MAX_BYTES = 64L * 128 * 784 * Float.BYTES;

    /** One drawn mini-batch; {@code users} has a bit per series still to use it. */
    static final class Batch {
        final Matrix x;
        final int[] t;
        int iteration;
        long users;

        Batch(int rows, int features) {
            x = new Matrix(rows, features);
            t = new int[rows];
        }
    }

    private final Dataset train;
    private final long seed;
    private final int batchSize;
    private final int maxKept;
    /** Per series: the iteration it asks for next; Integer.MAX_VALUE once it ended. */
    private final int[] next;
    private final Map<Integer, Batch> kept = new HashMap<>();
    private final ArrayDeque<Batch> free = new ArrayDeque<>();

    SharedBatches(Dataset train, long seed, int batchSize, int series) {
        if (series < 1 || series > Long.SIZE) {
            throw new IllegalArgumentException("1 to 64 series, got " + series);
        }
        this.train = train;
        this.seed = seed;
        this.batchSize = batchSize;
        long bytes = (long) batchSize * train.features() * Float.BYTES;
        this.maxKept = (int) Math.max(2, Math.min(1024, MAX_BYTES / Math.max(1, bytes)));
        this.next = new int[series];
        Arrays.fill(next, 1);
    }

    /**
     * The batch of {@code iteration} for series {@code member}, drawn now or earlier by another
     * series, or null when it is not kept (then the series draws it itself with {@link #draw}).
     */
    synchronized Batch acquire(int member, int iteration) {
        next[member] = iteration;
        Batch batch = kept.get(iteration);
        if (batch != null) {
            return batch;
        }
        long users = 0;
        for (int s = 0; s < next.length; s++) {
            if (s != member && next[s] <= iteration) {
                users |= 1L << s;
            }
        }
        if (users == 0 || kept.size() >= maxKept) {
            return null;
        }
        batch = free.isEmpty() ? new Batch(batchSize, train.features()) : free.pop();
        draw(iteration, batch.x, batch.t);
        batch.iteration = iteration;
        batch.users = users | 1L << member;
        kept.put(iteration, batch);
        return batch;
    }

    /** Series {@code member} is done with the batch of {@code iteration} (kept or not). */
    synchronized void release(int member, int iteration) {
        next[member] = iteration + 1;
        Batch batch = kept.get(iteration);
        if (batch != null) {
            drop(batch, member);
        }
    }

    /** Series {@code member} ended (finished, diverged or cancelled): it needs no more batches. */
    synchronized void leave(int member) {
        next[member] = Integer.MAX_VALUE;
        for (Batch batch : kept.values().toArray(Batch[]::new)) {
            drop(batch, member);
        }
    }

    /** Batches kept now (for tests). */
    synchronized int kept() {
        return kept.size();
    }

    private void drop(Batch batch, int member) {
        batch.users &= ~(1L << member);
        if (batch.users == 0) {
            kept.remove(batch.iteration);
            free.push(batch);
        }
    }

    /**
     * Rows drawn uniformly with replacement from a generator seeded by (batch seed, iteration):
     * series of one experiment see the same batch at each iteration whatever the threads do.
     */
    void draw(int iteration, Matrix x, int[] t) {
        SplittableRandom random = new SplittableRandom(Plans.derive(seed, iteration));
        int features = train.features();
        for (int row = 0; row < t.length; row++) {
            int example = random.nextInt(train.count());
            System.arraycopy(train.images(), example * features, x.data, row * features, features);
            t[row] = train.labels()[example];
        }
    }
}
