package org.gradientlab.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Builds idx files byte by byte, valid or deliberately broken, for the data tests. */
final class IdxFixtures {
    private IdxFixtures() {}

    /** Header (magic, dimensions) followed by {@code data}; nothing checks that they agree. */
    static byte[] idx(int magic, int[] dimensions, byte[] data) {
        ByteBuffer bytes = ByteBuffer.allocate(4 + 4 * dimensions.length + data.length);
        bytes.putInt(magic);
        for (int dimension : dimensions) {
            bytes.putInt(dimension);
        }
        return bytes.put(data).array();
    }

    /** A valid unsigned-byte idx file with the given dimensions, element i = (i * 7) mod 256. */
    static byte[] unsignedBytes(int... dimensions) {
        byte[] data = new byte[Arrays.stream(dimensions).reduce(1, Math::multiplyExact)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        return idx(0x0800 | dimensions.length, dimensions, data);
    }

    /** MNIST-shaped images [n×28×28] whose pixel p of image i is (i * 31 + p) mod 256. */
    static byte[] mnistImages(int count) {
        byte[] pixels = new byte[count * 784];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) ((i / 784) * 31 + i % 784);
        }
        return idx(Mnist.IMAGES_MAGIC, new int[] {count, 28, 28}, pixels);
    }

    /** MNIST-shaped labels [n] with the given values. */
    static byte[] mnistLabels(int... labels) {
        byte[] data = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            data[i] = (byte) labels[i];
        }
        return idx(Mnist.LABELS_MAGIC, new int[] {labels.length}, data);
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path directory, String name, byte[] content) {
        try {
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
