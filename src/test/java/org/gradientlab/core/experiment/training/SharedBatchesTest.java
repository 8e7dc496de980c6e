package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.linalg.Matrix;
import org.junit.jupiter.api.Test;

/** One gather per batch for series that draw alike, the same rows as a series' own draw, bounded memory. */
class SharedBatchesTest {
    private static Dataset data(int count, int features) {
        float[] images = new float[count * features];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 10;
            for (int f = 0; f < features; f++) {
                images[i * features + f] = i + f / 1000f;
            }
        }
        return new Dataset(images, labels, count, features);
    }

    @Test
    void theSecondSeriesReadsTheBatchTheFirstDrewAndItIsFreedAfterBoth() {
        Dataset data = data(50, 6);
        SharedBatches batches = new SharedBatches(data, 7, 4, 2);
        SharedBatches.Batch first = batches.acquire(0, 1);
        assertNotNull(first);
        Matrix own = new Matrix(4, 6);
        int[] ownLabels = new int[4];
        batches.draw(1, own, ownLabels);
        assertArrayEquals(own.data, first.x.data, "the rows a series would draw itself");
        assertArrayEquals(ownLabels, first.t);
        batches.release(0, 1);
        assertEquals(1, batches.kept(), "series 1 has not used it yet");
        assertSame(first, batches.acquire(1, 1));
        batches.release(1, 1);
        assertEquals(0, batches.kept());
    }

    @Test
    void aSeriesAheadOfAllOthersByTheLimitDrawsItsOwn() {
        Dataset data = data(50, 6);
        SharedBatches batches = new SharedBatches(data, 7, 4, 2);
        int limit = (int) Math.min(1024, SharedBatches.MAX_BYTES / (4 * 6 * Float.BYTES));
        for (int i = 1; i <= limit; i++) {
            assertNotNull(batches.acquire(0, i));
            batches.release(0, i);
        }
        assertEquals(limit, batches.kept());
        assertNull(batches.acquire(0, limit + 1), "beyond the limit: drawn by the series itself");
        batches.leave(1);
        assertEquals(0, batches.kept(), "a series that ended needs none of them");
        assertNull(batches.acquire(0, limit + 2), "no other series left to share with");
    }
}
