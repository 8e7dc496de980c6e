package org.gradientlab.core.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads idx files, the format of LeCun's MNIST files: a magic number {@code 00 00 TT RR} (TT the
 * data type, RR the rank), RR big-endian int32 dimensions, then the elements row-major.
 * Gzip is recognised by its magic bytes 1f 8b, not by the file name, so either form works
 * under either name. Only data type 0x08 (unsigned byte) is read: it is the only one MNIST uses.
 *
 * <p>Every inconsistency is an {@link IdxFormatException} naming the source: bad magic,
 * unsupported type, a header or body shorter than the header promises, and bytes after the
 * promised data. Trailing bytes are rejected rather than ignored: the originals have none, so
 * they mean a concatenated or otherwise wrong file, and ignoring them would hide that.
 */
public final class IdxReader {
    public static final int UNSIGNED_BYTE = 0x08;
    // The largest array most JVMs will allocate (as in java.util.ArrayList).
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;
    private static final int BUFFER_BYTES = 1 << 16;
    /** Up to this size the promised array is allocated at once (MNIST's largest file: 47 MB). */
    private static final long EXACT_ALLOCATION_LIMIT = 1L << 26;

    private IdxReader() {}

    /** Reads a plain or gzipped idx file; its path names it in messages. */
    public static IdxArray read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads plain or gzipped idx data from a stream (not closed); {@code source} names it in messages. */
    public static IdxArray read(InputStream stream, String source) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, BUFFER_BYTES);
        in.mark(2);
        boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        if (!gzipped) {
            return parse(in, source);
        }
        try {
            return parse(new GZIPInputStream(in, BUFFER_BYTES), source);
        } catch (EOFException e) {
            throw new IdxFormatException(source, "truncated gzip data", e);
        } catch (ZipException e) {
            throw new IdxFormatException(source, "corrupt gzip data (" + e.getMessage() + ")", e);
        }
    }

    private static IdxArray parse(InputStream in, String source) throws IOException {
        byte[] magicBytes = in.readNBytes(4);
        if (magicBytes.length == 0) {
            throw new IdxFormatException(source, "empty file");
        }
        if (magicBytes.length < 4) {
            throw new IdxFormatException(source, "truncated header: a 4-byte magic number expected, file has "
                    + magicBytes.length + " bytes");
        }
        int magic = ByteBuffer.wrap(magicBytes).getInt();
        if (magicBytes[0] != 0 || magicBytes[1] != 0) {
            throw new IdxFormatException(source, String.format("not an idx file: magic number 0x%08X, expected"
                    + " 0x0000TTRR (MNIST: 0x00000803 images, 0x00000801 labels)", magic));
        }
        int type = magicBytes[2] & 0xFF;
        int rank = magicBytes[3] & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new IdxFormatException(source, String.format("magic number 0x%08X: data type 0x%02X is not"
                    + " supported, only 0x08 (unsigned byte)", magic, type));
        }
        if (rank == 0) {
            throw new IdxFormatException(source, String.format("magic number 0x%08X declares no dimensions", magic));
        }
        byte[] header = in.readNBytes(4 * rank);
        if (header.length < 4 * rank) {
            throw new IdxFormatException(source, String.format("truncated header: magic number 0x%08X declares"
                    + " %d dimensions (%d bytes), file has %d", magic, rank, 4 * rank, header.length));
        }
        int[] dimensions = new int[rank];
        ByteBuffer sizes = ByteBuffer.wrap(header);
        long elements = 1;
        for (int i = 0; i < rank; i++) {
            dimensions[i] = sizes.getInt();
            if (dimensions[i] < 0) {
                throw new IdxFormatException(source, "dimension " + i + " is "
                        + Integer.toUnsignedString(dimensions[i]) + ", more than 2^31 - 1");
            }
            // Saturate instead of overflowing; a later zero dimension still brings it to 0.
            elements = Math.min(elements * dimensions[i], MAX_ELEMENTS + 1);
        }
        String shape = IdxArray.shape(dimensions);
        if (elements > MAX_ELEMENTS) {
            throw new IdxFormatException(source, "header promises " + shape + " bytes, more than a Java array holds");
        }
        int read;
        byte[] data;
        if (elements <= EXACT_ALLOCATION_LIMIT) {
            // One array of the promised size, filled in place: readNBytes(int) would gather
            // 8 KiB chunks and copy them, twice the memory and a few young GCs for MNIST.
            data = new byte[(int) elements];
            read = in.readNBytes(data, 0, data.length);
        } else {
            // readNBytes(int) grows its buffer as data arrives, so a lying header cannot make us
            // allocate gigabytes for a short file.
            data = in.readNBytes((int) elements);
            read = data.length;
        }
        if (read < elements) {
            throw new IdxFormatException(source, "truncated: header promises " + shape + " bytes, file has "
                    + read + " after the " + (4 + 4 * rank) + "-byte header");
        }
        long trailing = in.transferTo(OutputStream.nullOutputStream());
        if (trailing > 0) {
            throw new IdxFormatException(source, "trailing data: " + trailing + " bytes after the " + shape
                    + " bytes the header promises");
        }
        return new IdxArray(source, type, dimensions, data);
    }
}
