package org.gradientlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BatchSamplerTest {

    @Test
    void everyRowIsTheImageAtItsIndexWithItsLabel() {
        Dataset data = DatasetTest.numbered(50);
        BatchSampler sampler = new BatchSampler(data, 8, new SplittableRandom(3));
        for (int draw = 0; draw < 20; draw++) {
            sampler.next();
            for (int row = 0; row < 8; row++) {
                int index = sampler.indices()[row];
                assertEquals(index, sampler.x().get(row, 0), "row " + row + " holds image " + index);
                assertEquals(index + 0.5f, sampler.x().get(row, 2));
                assertEquals(index % 10, sampler.t()[row]);
            }
        }
    }

    @Test
    void mnistRowsAreImagesCarryingTheirLabel() {
        Dataset data = Mnist.bundled().train().first(1000);
        BatchSampler sampler = new BatchSampler(data, 100, new SplittableRandom(11));
        sampler.next();
        float[] row = new float[Mnist.PIXELS];
        for (int r = 0; r < 100; r++) {
            System.arraycopy(sampler.x().data, r * Mnist.PIXELS, row, 0, Mnist.PIXELS);
            boolean found = false;
            for (int i = 0; i < data.count() && !found; i++) {
                found = data.label(i) == sampler.t()[r]
                        && Arrays.equals(data.images(), i * Mnist.PIXELS, (i + 1) * Mnist.PIXELS, row, 0, Mnist.PIXELS);
            }
            assertTrue(found, "row " + r + " is an image labelled " + sampler.t()[r]);
        }
    }

    @Test
    void theSameSeedDrawsTheSameBatches() {
        Dataset data = DatasetTest.numbered(1000);
        BatchSampler a = new BatchSampler(data, 32, new SplittableRandom(9));
        BatchSampler b = new BatchSampler(data, 32, new SplittableRandom(9));
        BatchSampler c = new BatchSampler(data, 32, new SplittableRandom(10));
        for (int draw = 0; draw < 5; draw++) {
            a.next();
            b.next();
            c.next();
            assertArrayEquals(a.indices(), b.indices());
            assertArrayEquals(a.x().data, b.x().data);
            assertFalse(Arrays.equals(a.indices(), c.indices()));
        }
    }

    @Test
    void drawsUniformlyWithReplacementLikeNumpyChoice() {
        // np.random.choice(n, size) with its default replace=True: a batch larger than the data is fine.
        BatchSampler sampler = new BatchSampler(DatasetTest.numbered(10), 25, new SplittableRandom(4));
        int[] hits = new int[10];
        for (int draw = 0; draw < 4000; draw++) {
            sampler.next();
            for (int index : sampler.indices()) {
                hits[index]++;
            }
        }
        // 100000 draws over 10 indices: 10000 each, standard deviation about 95.
        for (int i = 0; i < 10; i++) {
            assertTrue(Math.abs(hits[i] - 10000) < 500, "index " + i + " drawn " + hits[i] + " times");
        }
    }

    @Test
    void anEpochIsTheCeilingOfSamplesOverBatch() {
        assertEquals(10, BatchSampler.iterationsPerEpoch(1000, 100));
        assertEquals(3, BatchSampler.iterationsPerEpoch(300, 100));
        assertEquals(469, BatchSampler.iterationsPerEpoch(60000, 128), "468.75 rounds up");
        assertEquals(1, BatchSampler.iterationsPerEpoch(50, 100), "at least one, as the book's max(n / batch, 1)");
        assertEquals(4, new BatchSampler(DatasetTest.numbered(400), 100, new SplittableRandom(1)).iterationsPerEpoch());
    }

    @Test
    void rejectsAnEmptyDatasetOrANonPositiveBatch() {
        IllegalArgumentException batch = assertThrows(IllegalArgumentException.class,
                () -> new BatchSampler(DatasetTest.numbered(5), 0, new SplittableRandom(1)));
        assertEquals("batchSize must be > 0, got 0", batch.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new BatchSampler(DatasetTest.numbered(0), 10, new SplittableRandom(1)));
    }
}
