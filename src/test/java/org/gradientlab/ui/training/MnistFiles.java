package org.gradientlab.ui.training;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.gradientlab.core.data.Mnist;

/** A small MNIST-shaped directory: the four idx files with random digits, for runs that must be quick. */
final class MnistFiles {
    private MnistFiles() {}

    static Path write(Path directory, int trainCount, int testCount, long seed) throws IOException {
        Random random = new Random(seed);
        Files.write(directory.resolve(Mnist.TRAIN_IMAGES), images(trainCount, random));
        Files.write(directory.resolve(Mnist.TRAIN_LABELS), labels(trainCount, random));
        Files.write(directory.resolve(Mnist.TEST_IMAGES), images(testCount, random));
        Files.write(directory.resolve(Mnist.TEST_LABELS), labels(testCount, random));
        return directory;
    }

    private static byte[] images(int count, Random random) throws IOException {
        byte[] pixels = new byte[count * Mnist.PIXELS];
        random.nextBytes(pixels);
        return idx(Mnist.IMAGES_MAGIC, new int[] {count, Mnist.SIDE, Mnist.SIDE}, pixels);
    }

    private static byte[] labels(int count, Random random) throws IOException {
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) random.nextInt(Mnist.CLASSES);
        }
        return idx(Mnist.LABELS_MAGIC, new int[] {count}, labels);
    }

    /** idx: big-endian magic, each dimension as a big-endian int, then the bytes. */
    private static byte[] idx(int magic, int[] dimensions, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            for (int d : dimensions) {
                out.writeInt(d);
            }
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
