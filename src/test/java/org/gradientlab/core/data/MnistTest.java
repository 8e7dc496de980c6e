package org.gradientlab.core.data;

import static org.gradientlab.core.data.IdxFixtures.gzip;
import static org.gradientlab.core.data.IdxFixtures.idx;
import static org.gradientlab.core.data.IdxFixtures.mnistImages;
import static org.gradientlab.core.data.IdxFixtures.mnistLabels;
import static org.gradientlab.core.data.IdxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistTest {
    // SHA-256 of LeCun's original, uncompressed files.
    private static final Map<String, String> ORIGINAL_SHA256 = Map.of(
            Mnist.TEST_IMAGES, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            Mnist.TEST_LABELS, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
            Mnist.TRAIN_IMAGES, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            Mnist.TRAIN_LABELS, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5");

    @TempDir
    Path dir;

    @Test
    void bundledFilesAreTheOriginalsGzipped() throws IOException, NoSuchAlgorithmException {
        for (var original : ORIGINAL_SHA256.entrySet()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(new GZIPInputStream(bundled(original.getKey())), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            assertEquals(original.getValue(), HexFormat.of().formatHex(sha256.digest()), original.getKey());
        }
    }

    @Test
    void bundledHeadersDescribe60000TrainingAnd10000TestDigits() throws IOException {
        assertHeader(Mnist.TRAIN_IMAGES, Mnist.IMAGES_MAGIC, 60000, 28, 28);
        assertHeader(Mnist.TRAIN_LABELS, Mnist.LABELS_MAGIC, 60000);
        assertHeader(Mnist.TEST_IMAGES, Mnist.IMAGES_MAGIC, 10000, 28, 28);
        assertHeader(Mnist.TEST_LABELS, Mnist.LABELS_MAGIC, 10000);
    }

    @Test
    void bundledDatasetHasTheKnownLabelsAndUnitPixels() {
        Mnist mnist = Mnist.bundled();
        assertEquals(60000, mnist.train().count());
        assertEquals(10000, mnist.test().count());
        assertEquals(784, mnist.train().features());
        assertEquals(5, mnist.train().label(0), "the first training digit is a 5");
        assertEquals(7, mnist.test().label(0), "the first test digit is a 7");
        // Per-class counts published with MNIST.
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                classCounts(mnist.train()));
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, classCounts(mnist.test()));
        for (Dataset part : new Dataset[] {mnist.train(), mnist.test()}) {
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (float pixel : part.images()) {
                min = Math.min(min, pixel);
                max = Math.max(max, pixel);
            }
            assertEquals(0f, min);
            assertEquals(1f, max);
        }
    }

    @Test
    void pixelsAreTheBytesDividedBy255() throws IOException {
        IdxArray raw = IdxReader.read(bundled(Mnist.TEST_IMAGES), Mnist.TEST_IMAGES);
        float[] pixels = Mnist.bundled().test().images();
        for (int i = 0; i < pixels.length; i += 97) {
            assertEquals((raw.data()[i] & 0xFF) / 255f, pixels[i], "pixel " + i);
        }
    }

    @Test
    void bundledIsLoadedOnceAndShared() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Mnist>> tasks = Collections.nCopies(8, Mnist::bundled);
            List<Future<Mnist>> calls = pool.invokeAll(tasks);
            Mnist first = calls.get(0).get();
            for (Future<Mnist> call : calls) {
                assertSame(first, call.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void loadsADirectoryOfPlainGzippedOrMixedFiles() throws IOException {
        byte[] trainImages = mnistImages(3);
        byte[] trainLabels = mnistLabels(4, 0, 9);
        byte[] testImages = mnistImages(2);
        byte[] testLabels = mnistLabels(1, 2);
        for (String variant : new String[] {"plain", "gzipped", "mixed"}) {
            Path folder = Files.createDirectory(dir.resolve(variant));
            boolean gzipImages = !variant.equals("plain");
            boolean gzipLabels = variant.equals("gzipped");
            put(folder, Mnist.TRAIN_IMAGES, trainImages, gzipImages);
            put(folder, Mnist.TRAIN_LABELS, trainLabels, gzipLabels);
            put(folder, Mnist.TEST_IMAGES, testImages, gzipImages);
            put(folder, Mnist.TEST_LABELS, testLabels, gzipLabels);

            Mnist mnist = Mnist.load(folder);
            assertArrayEquals(new int[] {4, 0, 9}, mnist.train().labels(), variant);
            assertArrayEquals(new int[] {1, 2}, mnist.test().labels(), variant);
            assertEquals(3 * 784, mnist.train().images().length);
            // Image 2, pixel 5 was written as 2 * 31 + 5 (IdxFixtures.mnistImages).
            assertEquals((2 * 31 + 5) / 255f, mnist.train().images()[2 * 784 + 5], variant);
        }
    }

    @Test
    void loadsTheRealFilesFromADirectoryLikeTheBundledOnes() throws IOException {
        for (String name : ORIGINAL_SHA256.keySet()) {
            try (InputStream in = bundled(name)) {
                // The labels as shipped (.gz), the images gunzipped under their plain name.
                boolean plain = name.contains("images");
                Files.copy(plain ? new GZIPInputStream(in) : in, dir.resolve(plain ? name : name + ".gz"));
            }
        }
        Mnist fromDisk = Mnist.load(dir);
        Mnist bundled = Mnist.bundled();
        assertArrayEquals(bundled.train().images(), fromDisk.train().images());
        assertArrayEquals(bundled.train().labels(), fromDisk.train().labels());
        assertArrayEquals(bundled.test().images(), fromDisk.test().images());
        assertArrayEquals(bundled.test().labels(), fromDisk.test().labels());
    }

    @Test
    void rejectsAMissingDirectoryOrAFileInsteadOfOne() {
        Path missing = dir.resolve("nowhere");
        NoSuchFileException notFound = assertThrows(NoSuchFileException.class, () -> Mnist.load(missing));
        assertEquals(missing + ": MNIST directory not found", notFound.getMessage());

        Path file = write(dir, "mnist.zip", new byte[] {1});
        FileSystemException notDirectory = assertThrows(FileSystemException.class, () -> Mnist.load(file));
        assertTrue(notDirectory.getMessage().startsWith(file + ": not a directory"), notDirectory.getMessage());
    }

    @Test
    void namesTheMissingFile() throws IOException {
        put(dir, Mnist.TRAIN_IMAGES, mnistImages(1), true);
        put(dir, Mnist.TRAIN_LABELS, mnistLabels(3), false);
        put(dir, Mnist.TEST_LABELS, mnistLabels(3), false);
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Mnist.load(dir));
        assertEquals(dir.resolve(Mnist.TEST_IMAGES) + ": MNIST file missing (looked for t10k-images-idx3-ubyte"
                + " and t10k-images-idx3-ubyte.gz)", e.getMessage());
    }

    @Test
    void namesTheDamagedFileInADirectory() throws IOException {
        put(dir, Mnist.TRAIN_IMAGES, mnistImages(1), true);
        put(dir, Mnist.TRAIN_LABELS, mnistLabels(3), false);
        Path garbage = write(dir, Mnist.TEST_IMAGES + ".gz", "Not Found".getBytes(StandardCharsets.US_ASCII));
        put(dir, Mnist.TEST_LABELS, mnistLabels(3), false);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> Mnist.load(dir));
        assertEquals(garbage.toString(), e.source());
        assertTrue(e.problem().startsWith("not an idx file"), e.getMessage());
    }

    @Test
    void rejectsALabelFileGivenAsImagesAndTheReverse() {
        IdxArray images = array("images", mnistImages(2));
        IdxArray labels = array("labels", mnistLabels(1, 2));
        IdxFormatException swapped = assertThrows(IdxFormatException.class, () -> Mnist.dataset(labels, images));
        assertEquals("labels: wrong magic number 0x00000801 for MNIST images, expected 0x00000803"
                + " (unsigned bytes, 3 dimensions)", swapped.getMessage());
    }

    @Test
    void rejectsImagesThatAreNot28By28() {
        IdxArray images = array("small-images", idx(Mnist.IMAGES_MAGIC, new int[] {2, 28, 27}, new byte[2 * 28 * 27]));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> Mnist.dataset(images, array("labels", mnistLabels(1, 2))));
        assertEquals("small-images: MNIST images must be N×28×28, file has 2×28×27", e.getMessage());
    }

    @Test
    void rejectsImageAndLabelCountsThatDiffer() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> Mnist.dataset(array("imgs", mnistImages(3)), array("lbls", mnistLabels(1, 2))));
        assertEquals("imgs: has 3 images but lbls has 2 labels", e.getMessage());
    }

    @Test
    void rejectsLabelsOutsideTheTenDigits() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> Mnist.dataset(array("imgs", mnistImages(3)), array("lbls", mnistLabels(1, 200, 2))));
        assertEquals("lbls: label 200 of item 1 is outside 0–9", e.getMessage());
    }

    private static IdxArray array(String name, byte[] content) {
        try {
            return IdxReader.read(new ByteArrayInputStream(content), name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void put(Path folder, String name, byte[] content, boolean gzipped) {
        write(folder, gzipped ? name + ".gz" : name, gzipped ? gzip(content) : content);
    }

    private static InputStream bundled(String name) {
        InputStream in = MnistTest.class.getResourceAsStream("/mnist/" + name + ".gz");
        assertTrue(in != null, "resource /mnist/" + name + ".gz on the classpath");
        return in;
    }

    private static void assertHeader(String name, int magic, int... dimensions) throws IOException {
        try (InputStream in = bundled(name)) {
            IdxArray array = IdxReader.read(in, name);
            assertEquals(magic, array.magic(), name);
            assertArrayEquals(dimensions, array.dimensions(), name);
        }
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[Mnist.CLASSES];
        for (int label : data.labels()) {
            counts[label]++;
        }
        return counts;
    }
}
