package org.gradientlab.core.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.gradientlab.core.linalg.Matrix;

/**
 * Labelled examples, stored flat: example i is {@code images[i*features .. (i+1)*features)}
 * with label {@code labels[i]}. Operations return new datasets and never write to this one;
 * the arrays are shared, not copied (MNIST's are 190 MB), so callers must treat them as
 * read-only too: the bundled MNIST instance is shared by every experiment.
 *
 * @param images   [count × features] row-major, for MNIST pixels in [0, 1]
 * @param labels   [count] class indices
 * @param count    number of examples
 * @param features values per example (MNIST: 784)
 */
public record Dataset(float[] images, int[] labels, int count, int features) {

    public Dataset {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(labels, "labels");
        if (count < 0 || features <= 0) {
            throw new IllegalArgumentException("count must be >= 0 and features > 0, got count=" + count
                    + ", features=" + features);
        }
        if (images.length != (long) count * features || labels.length != count) {
            throw new IllegalArgumentException("dataset of " + count + "×" + features + " needs "
                    + (long) count * features + " image values and " + count + " labels, got "
                    + images.length + " and " + labels.length);
        }
    }

    /** A train/validation partition. */
    public record Split(Dataset train, Dataset validation) {}

    public int label(int index) {
        return labels[Objects.checkIndex(index, count)];
    }

    /** Copies example {@code index} into {@code target} at {@code offset}. */
    public void copyImage(int index, float[] target, int offset) {
        System.arraycopy(images, Objects.checkIndex(index, count) * features, target, offset, features);
    }

    /** The images as a [count × features] matrix sharing this dataset's array (no copy). */
    public Matrix imageMatrix() {
        return new Matrix(count, features, images);
    }

    /** One-hot labels [count × classes], as the book's {@code load_mnist(one_hot_label=True)}. */
    public Matrix oneHotLabels(int classes) {
        Matrix oneHot = new Matrix(count, classes);
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " of example " + i
                        + " is outside 0.." + (classes - 1));
            }
            oneHot.set(i, labels[i], 1f);
        }
        return oneHot;
    }

    /** The first {@code n} examples, as the book's {@code x_train[:n]}. */
    public Dataset first(int n) {
        return range(0, n);
    }

    /** Examples {@code from} (inclusive) to {@code to} (exclusive). */
    public Dataset range(int from, int to) {
        Objects.checkFromToIndex(from, to, count);
        float[] rangeImages = Arrays.copyOfRange(images, from * features, to * features);
        int[] rangeLabels = Arrays.copyOfRange(labels, from, to);
        return new Dataset(rangeImages, rangeLabels, to - from, features);
    }

    /** The examples at {@code indices}, in that order (repeats allowed). */
    public Dataset select(int[] indices) {
        float[] selectedImages = new float[Math.multiplyExact(indices.length, features)];
        int[] selectedLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            copyImage(indices[i], selectedImages, i * features);
            selectedLabels[i] = labels[indices[i]];
        }
        return new Dataset(selectedImages, selectedLabels, indices.length, features);
    }

    /** The examples in a random order, as the book's {@code shuffle_dataset} (seed the generator). */
    public Dataset shuffled(RandomGenerator random) {
        return select(permutation(count, random));
    }

    /**
     * The book's hold-out (ch06/hyperparameter_optimization.py): shuffle, then the first
     * {@code int(count × validationFraction)} examples are validation and the rest training.
     */
    public Split split(double validationFraction, RandomGenerator random) {
        if (!(validationFraction >= 0 && validationFraction <= 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1], got " + validationFraction);
        }
        int validationCount = (int) (count * validationFraction);
        Dataset shuffled = shuffled(random);
        return new Split(shuffled.range(validationCount, count), shuffled.range(0, validationCount));
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates, Knuth vol. 2 alg. P). */
    public static int[] permutation(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
