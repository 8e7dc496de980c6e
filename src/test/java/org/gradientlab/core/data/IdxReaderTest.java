package org.gradientlab.core.data;

import static org.gradientlab.core.data.IdxFixtures.gzip;
import static org.gradientlab.core.data.IdxFixtures.idx;
import static org.gradientlab.core.data.IdxFixtures.unsignedBytes;
import static org.gradientlab.core.data.IdxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsDimensionsAndUnsignedElementsOfAnyRank() throws IOException {
        for (int[] shape : new int[][] {{300}, {4, 5}, {3, 28, 28}, {2, 3, 4, 5}}) {
            byte[] file = unsignedBytes(shape);
            IdxArray array = IdxReader.read(write(dir, "a.idx", file));
            assertArrayEquals(shape, array.dimensions());
            assertEquals(0x0800 | shape.length, array.magic());
            assertEquals(shape[0], array.count());
            assertArrayEquals(Arrays.copyOfRange(file, 4 + 4 * shape.length, file.length), array.data());
        }
        IdxArray array = IdxReader.read(write(dir, "b.idx", unsignedBytes(300)));
        assertEquals(37 * 7 % 256, array.data()[37] & 0xFF, "element 37 is 259 mod 256, read unsigned");
        assertEquals("300", array.shape());
    }

    @Test
    void recognisesGzipByItsMagicBytesWhateverTheName() throws IOException {
        byte[] plain = unsignedBytes(10, 28, 28);
        IdxArray expected = IdxReader.read(write(dir, "plain", plain));
        IdxArray gzippedUnderPlainName = IdxReader.read(write(dir, "x-idx3-ubyte", gzip(plain)));
        IdxArray plainUnderGzName = IdxReader.read(write(dir, "y-idx3-ubyte.gz", plain));
        assertArrayEquals(expected.data(), gzippedUnderPlainName.data());
        assertArrayEquals(expected.data(), plainUnderGzName.data());
        assertArrayEquals(new int[] {10, 28, 28}, gzippedUnderPlainName.dimensions());
    }

    @Test
    void readsFromAStreamUnderTheGivenName() throws IOException {
        IdxArray array = IdxReader.read(new ByteArrayInputStream(gzip(unsignedBytes(2, 3))), "stream.gz");
        assertEquals("stream.gz", array.source());
        assertArrayEquals(new int[] {2, 3}, array.dimensions());
    }

    @Test
    void acceptsZeroItems() throws IOException {
        IdxArray array = IdxReader.read(write(dir, "none", idx(0x0803, new int[] {0, 28, 28}, new byte[0])));
        assertEquals(0, array.count());
        assertEquals(0, array.data().length);
    }

    @Test
    void rejectsAnEmptyFile() {
        assertProblem("empty", new byte[0], "empty file");
    }

    @Test
    void rejectsAHeaderShorterThanTheMagicNumber() {
        assertProblem("short", new byte[] {0, 0, 8}, "truncated header: a 4-byte magic number expected, file has 3 bytes");
    }

    @Test
    void rejectsAWrongMagicNumber() {
        assertProblem("text.idx", "garbage, not idx".getBytes(StandardCharsets.US_ASCII),
                "not an idx file: magic number 0x67617262");
    }

    @Test
    void rejectsNonGzipGarbageUnderAGzName() {
        assertProblem("train-images-idx3-ubyte.gz", "<html>404 Not Found</html>".getBytes(StandardCharsets.US_ASCII),
                "not an idx file: magic number 0x3C68746D");
    }

    @Test
    void rejectsTypesOtherThanUnsignedByte() {
        byte[] floats = idx(0x0D01, new int[] {1}, new byte[4]);
        assertProblem("floats", floats, "magic number 0x00000D01: data type 0x0D is not supported, only 0x08");
    }

    @Test
    void rejectsAMagicNumberWithoutDimensions() {
        assertProblem("rank0", idx(0x0800, new int[0], new byte[0]), "magic number 0x00000800 declares no dimensions");
    }

    @Test
    void rejectsATruncatedListOfDimensions() {
        byte[] cut = Arrays.copyOf(unsignedBytes(2, 28, 28), 10);
        assertProblem("cut-header", cut, "truncated header: magic number 0x00000803 declares 3 dimensions (12 bytes),"
                + " file has 6");
    }

    @Test
    void rejectsDataShorterThanTheHeaderPromises() {
        byte[] cut = Arrays.copyOf(unsignedBytes(3, 28, 28), 16 + 1234);
        assertProblem("train-images-idx3-ubyte", cut,
                "truncated: header promises 3×28×28 bytes, file has 1234 after the 16-byte header");
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] longer = Arrays.copyOf(unsignedBytes(2, 3), 12 + 6 + 5);
        assertProblem("long", longer, "trailing data: 5 bytes after the 2×3 bytes the header promises");
    }

    @Test
    void rejectsDimensionsBeyondAJavaArray() {
        assertProblem("huge", idx(0x0803, new int[] {70000, 1000, 1000}, new byte[10]),
                "header promises 70000×1000×1000 bytes, more than a Java array holds");
        assertProblem("negative", idx(0x0801, new int[] {-5}, new byte[10]), "dimension 0 is 4294967291");
    }

    @Test
    void rejectsTruncatedGzipData() {
        byte[] gz = gzip(unsignedBytes(20, 28, 28));
        assertProblem("half.gz", Arrays.copyOf(gz, gz.length / 2), "truncated gzip data");
        assertProblem("magic-only.gz", new byte[] {0x1f, (byte) 0x8b}, "truncated gzip data");
    }

    @Test
    void rejectsCorruptGzipData() {
        byte[] gz = gzip(unsignedBytes(20, 28, 28));
        for (int i = 12; i < gz.length - 8; i++) {
            gz[i] = (byte) (gz[i] ^ 0x5A);
        }
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(write(dir, "bad.gz", gz)));
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.gz") + ": "), e.getMessage());
        assertTrue(e.problem().contains("gzip data"), e.getMessage());
    }

    private void assertProblem(String name, byte[] content, String problem) {
        Path file = write(dir, name, content);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().startsWith(file + ": " + problem), e.getMessage());
    }
}
