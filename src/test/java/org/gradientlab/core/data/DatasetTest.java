package org.gradientlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.gradientlab.core.linalg.Matrix;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final int FEATURES = 3;

    /** Example i has features (i, i + 0.25, i + 0.5) and label i mod 10: each row names its index. */
    static Dataset numbered(int count) {
        float[] images = new float[count * FEATURES];
        for (int i = 0; i < images.length; i++) {
            images[i] = i / FEATURES + 0.25f * (i % FEATURES);
        }
        return new Dataset(images, IntStream.range(0, count).map(i -> i % 10).toArray(), count, FEATURES);
    }

    @Test
    void rejectsArraysThatDoNotMatchTheCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new float[5], new int[2], 2, 3));
        assertEquals("dataset of 2×3 needs 6 image values and 2 labels, got 5 and 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dataset(new float[6], new int[1], 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new Dataset(new float[0], new int[0], 0, 0));
    }

    @Test
    void firstKeepsTheLeadingExamplesInOrder() {
        Dataset first = numbered(50).first(7);
        assertEquals(7, first.count());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, first.labels());
        assertEquals(6.5f, first.images()[6 * FEATURES + 2]);
        assertThrows(IndexOutOfBoundsException.class, () -> numbered(5).first(6));
    }

    @Test
    void selectGathersRowsWithTheirLabelsRepeatsAllowed() {
        Dataset picked = numbered(20).select(new int[] {13, 2, 13});
        assertArrayEquals(new float[] {13, 13.25f, 13.5f, 2, 2.25f, 2.5f, 13, 13.25f, 13.5f}, picked.images());
        assertArrayEquals(new int[] {3, 2, 3}, picked.labels());
    }

    @Test
    void shuffleIsAPermutationDeterminedByTheSeed() {
        Dataset data = numbered(100);
        Dataset once = data.shuffled(new SplittableRandom(42));
        Dataset again = data.shuffled(new SplittableRandom(42));
        Dataset other = data.shuffled(new SplittableRandom(43));
        assertArrayEquals(once.images(), again.images());
        assertArrayEquals(once.labels(), again.labels());
        assertFalse(Arrays.equals(once.images(), other.images()), "another seed gives another order");

        int[] order = new int[100];
        for (int row = 0; row < 100; row++) {
            order[row] = (int) once.images()[row * FEATURES];
            assertEquals(order[row] % 10, once.labels()[row], "a label travels with its image");
            assertEquals(order[row] + 0.5f, once.images()[row * FEATURES + 2]);
        }
        assertArrayEquals(IntStream.range(0, 100).toArray(), IntStream.of(order).sorted().toArray());
        assertFalse(Arrays.equals(IntStream.range(0, 100).toArray(), order), "the order changed");
        assertEquals(0f, data.images()[0], "the original is untouched");
    }

    @Test
    void permutationsOfThreeAreEquallyLikely() {
        // 6 orders, 60000 draws: each expected 10000, standard deviation about 91.
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Integer> counts = new HashMap<>();
        for (int draw = 0; draw < 60000; draw++) {
            counts.merge(Arrays.toString(Dataset.permutation(3, random)), 1, Integer::sum);
        }
        assertEquals(6, counts.size());
        counts.forEach((order, n) -> assertTrue(Math.abs(n - 10000) < 500, order + " drawn " + n + " times"));
    }

    @Test
    void splitHoldsOutTheFirstFifthOfAShuffleAsTheBookDoes() {
        Dataset data = numbered(500);
        Dataset.Split split = data.split(0.2, new SplittableRandom(5));
        assertEquals(400, split.train().count());
        assertEquals(100, split.validation().count());
        Dataset shuffled = data.shuffled(new SplittableRandom(5));
        assertArrayEquals(Arrays.copyOf(shuffled.images(), 100 * FEATURES), split.validation().images());
        assertArrayEquals(Arrays.copyOfRange(shuffled.images(), 100 * FEATURES, 500 * FEATURES),
                split.train().images());
    }

    @Test
    void splitRoundsTheValidationCountDownLikePythonInt() {
        Dataset.Split split = numbered(7).split(0.2, new SplittableRandom(1));
        assertEquals(1, split.validation().count(), "int(7 * 0.2) = int(1.4) = 1");
        assertEquals(6, split.train().count());
        assertEquals(0, numbered(7).split(0, new SplittableRandom(1)).validation().count());
    }

    @Test
    void rejectsAValidationFractionOutsideZeroToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> numbered(10).split(1.5, new SplittableRandom(1)));
        assertEquals("validationFraction must be in [0, 1], got 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> numbered(10).split(Double.NaN, new SplittableRandom(1)));
    }

    @Test
    void oneHotHasASingleOneAtTheLabel() {
        Matrix oneHot = numbered(12).oneHotLabels(10);
        assertEquals(12, oneHot.rows);
        assertEquals(10, oneHot.cols);
        for (int row = 0; row < 12; row++) {
            for (int c = 0; c < 10; c++) {
                assertEquals(c == row % 10 ? 1f : 0f, oneHot.get(row, c));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> numbered(12).oneHotLabels(5));
    }

    @Test
    void imageMatrixSharesTheArray() {
        Dataset data = numbered(4);
        Matrix images = data.imageMatrix();
        assertSame(data.images(), images.data);
        assertEquals(4, images.rows);
        assertEquals(2.25f, images.get(2, 1));
    }

    @Test
    void copyImageWritesOneRowAtAnOffset() {
        float[] target = new float[5];
        numbered(9).copyImage(8, target, 1);
        assertArrayEquals(new float[] {0, 8, 8.25f, 8.5f, 0}, target);
        assertThrows(IndexOutOfBoundsException.class, () -> numbered(9).copyImage(9, target, 0));
    }
}
