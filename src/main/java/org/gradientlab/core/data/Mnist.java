package org.gradientlab.core.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;

/**
 * The MNIST digits: 60000 training and 10000 test images of 28×28 pixels, scaled to [0, 1] as
 * the book's {@code load_mnist(normalize=True)} does (float32 pixel / 255), flattened row-major
 * to 784 features, with labels 0–9.
 *
 * @param train the 60000 training examples, in file order
 * @param test  the 10000 test examples, in file order
 */
public record Mnist(Dataset train, Dataset test) {
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    public static final int CLASSES = 10;
    /** Magic numbers: 0x0000, type 0x08 (unsigned byte), then the rank (3 for images, 1 for labels). */
    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private static final String RESOURCE_FOLDER = "/mnist/";
    private static final float[] UNIT_PIXEL = new float[256];
    private static final int CONVERSION_BLOCK = 1 << 20;

    static {
        for (int value = 0; value < 256; value++) {
            UNIT_PIXEL[value] = value / 255f;
        }
    }

    // Loaded once: the experiments ask for it again and again, and it takes 220 MB.
    private static Mnist bundled;

    /**
     * The copy shipped in the jar (resources/mnist), loaded on the first call and shared after.
     * Its arrays are shared by every caller: never write to them.
     *
     * @throws UncheckedIOException if the resources are missing or damaged (a broken build)
     */
    public static synchronized Mnist bundled() {
        if (bundled == null) {
            try {
                bundled = decodeInParallel(() -> dataset(resource(TRAIN_IMAGES), resource(TRAIN_LABELS)),
                        () -> dataset(resource(TEST_IMAGES), resource(TEST_LABELS)));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled MNIST: " + e.getMessage(), e);
            }
        }
        return bundled;
    }

    /**
     * Loads the four files from a directory, each under its original name, plain or with
     * {@code .gz} (the content decides whether it is gunzipped). Not cached.
     *
     * @throws NoSuchFileException    if the directory or a file is missing, naming it
     * @throws FileSystemException    if the path is not a directory or a file is unreadable
     * @throws IdxFormatException     if a file is not what it should be, naming it and the problem
     */
    public static Mnist load(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "MNIST directory not found");
        }
        if (!Files.isDirectory(directory)) {
            throw new FileSystemException(directory.toString(), null,
                    "not a directory (expected one holding the four MNIST idx files)");
        }
        return decodeInParallel(() -> dataset(file(directory, TRAIN_IMAGES), file(directory, TRAIN_LABELS)),
                () -> dataset(file(directory, TEST_IMAGES), file(directory, TEST_LABELS)));
    }

    /** Reads one part of the data set; may fail as the loaders above say. */
    private interface Part {
        Dataset read() throws IOException;
    }

    /**
     * Training set on a second thread while this one reads the test set: gunzipping is serial
     * within a file, so two files at once are the parallelism there is on two cores.
     */
    private static Mnist decodeInParallel(Part train, Part test) throws IOException {
        FutureTask<Dataset> trainTask = new FutureTask<>(train::read);
        Thread.ofPlatform().daemon().name("mnist-train").start(trainTask);
        Dataset testSet = test.read();
        try {
            return new Mnist(trainTask.get(), testSet);
        } catch (InterruptedException e) {
            trainTask.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the MNIST training set");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * Checks an MNIST image file [n×28×28] and label file [n] against each other and scales the
     * pixels to [0, 1].
     */
    public static Dataset dataset(IdxArray images, IdxArray labels) throws IdxFormatException {
        requireMagic(images, IMAGES_MAGIC, "images");
        requireMagic(labels, LABELS_MAGIC, "labels");
        int[] shape = images.dimensions();
        if (shape[1] != SIDE || shape[2] != SIDE) {
            throw new IdxFormatException(images.source(), "MNIST images must be N×28×28, file has "
                    + images.shape());
        }
        int count = images.count();
        if (labels.count() != count) {
            throw new IdxFormatException(images.source(), "has " + count + " images but "
                    + labels.source() + " has " + labels.count() + " labels");
        }
        int[] classes = new int[count];
        byte[] labelBytes = labels.data();
        for (int i = 0; i < count; i++) {
            classes[i] = labelBytes[i] & 0xFF;
            if (classes[i] >= CLASSES) {
                throw new IdxFormatException(labels.source(), "label " + classes[i] + " of item " + i
                        + " is outside 0–9");
            }
        }
        return new Dataset(unitPixels(images.data()), classes, count, PIXELS);
    }

    /** pixel / 255 for every byte, in blocks over the cores (47 million for the training set). */
    private static float[] unitPixels(byte[] pixels) {
        float[] unit = new float[pixels.length];
        int blocks = Math.ceilDiv(pixels.length, CONVERSION_BLOCK);
        IntStream.range(0, blocks).parallel().forEach(block -> {
            int end = Math.min(pixels.length, (block + 1) * CONVERSION_BLOCK);
            for (int i = block * CONVERSION_BLOCK; i < end; i++) {
                unit[i] = UNIT_PIXEL[pixels[i] & 0xFF];
            }
        });
        return unit;
    }

    private static void requireMagic(IdxArray file, int expected, String content) throws IdxFormatException {
        if (file.magic() != expected) {
            throw new IdxFormatException(file.source(), String.format("wrong magic number 0x%08X for MNIST %s,"
                    + " expected 0x%08X (unsigned bytes, %d dimensions)", file.magic(), content, expected,
                    expected & 0xFF));
        }
    }

    private static IdxArray file(Path directory, String name) throws IOException {
        Path plain = directory.resolve(name);
        Path gzipped = directory.resolve(name + ".gz");
        Path file = Files.exists(plain) ? plain : gzipped;
        if (!Files.exists(file)) {
            throw new NoSuchFileException(plain.toString(), null,
                    "MNIST file missing (looked for " + name + " and " + name + ".gz)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new AccessDeniedException(file.toString(), null, "not a readable file");
        }
        return IdxReader.read(file);
    }

    private static IdxArray resource(String name) throws IOException {
        String path = RESOURCE_FOLDER + name + ".gz";
        try (InputStream in = Mnist.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new FileNotFoundException(path + ": missing from the classpath");
            }
            return IdxReader.read(in, path.substring(1));
        }
    }
}
