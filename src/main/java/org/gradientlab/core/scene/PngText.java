package org.gradientlab.core.scene;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A text kept inside a PNG as an iTXt chunk (PNG spec 11.3.4.5): keyword, NUL, compression flag
 * and method, an empty language tag and translated keyword, then the UTF-8 text. A figure the
 * app exports carries the scene that made it this way; image viewers ignore the chunk.
 */
public final class PngText {
    /** The keyword of the chunk that holds a figure's scene file. */
    public static final String SCENE = "gradient-lab-scene";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] ITXT = "iTXt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IEND = "IEND".getBytes(StandardCharsets.US_ASCII);

    private PngText() {}

    /** True when {@code bytes} start with the PNG signature. */
    public static boolean isPng(byte[] bytes) {
        return bytes.length >= SIGNATURE.length && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /** {@code png} with one more chunk, {@code keyword} → {@code text}, just before IEND. */
    public static byte[] with(byte[] png, String keyword, String text) {
        requireKeyword(keyword);
        int end = findChunk(png, IEND);
        if (end < 0) {
            throw new IllegalArgumentException("not a PNG with an IEND chunk");
        }
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // keyword NUL, flag 0 (uncompressed), method 0, language "" NUL, translated keyword "" NUL
        ByteBuffer data = ByteBuffer.allocate(key.length + 5 + utf8.length);
        data.put(key).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put(utf8);
        byte[] chunk = chunk(ITXT, data.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.length);
        out.write(png, 0, end);
        out.write(chunk, 0, chunk.length);
        out.write(png, end, png.length - end);
        return out.toByteArray();
    }

    /**
     * The text of the first iTXt chunk named {@code keyword}; empty when {@code png} has none
     * (or is no PNG). A chunk's text longer than {@code maxBytes} once inflated counts as none.
     */
    public static Optional<String> read(byte[] png, String keyword, int maxBytes) {
        requireKeyword(keyword);
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        if (!isPng(png)) {
            return Optional.empty();
        }
        int at = SIGNATURE.length;
        while (at + 12 <= png.length) {
            long length = ByteBuffer.wrap(png, at, 4).getInt() & 0xffffffffL;
            if (length > png.length - at - 12) {
                return Optional.empty();  // cut off: no chunk can follow
            }
            int data = at + 8;
            if (Arrays.equals(png, at + 4, at + 8, ITXT, 0, 4)) {
                Optional<String> text = text(png, data, (int) length, key, maxBytes);
                if (text.isPresent()) {
                    return text;
                }
            }
            if (Arrays.equals(png, at + 4, at + 8, IEND, 0, 4)) {
                break;
            }
            at = data + (int) length + 4;
        }
        return Optional.empty();
    }

    private static Optional<String> text(byte[] png, int data, int length, byte[] key, int maxBytes) {
        int end = data + length;
        if (length < key.length + 5 || !Arrays.equals(png, data, data + key.length, key, 0, key.length)
                || png[data + key.length] != 0) {
            return Optional.empty();
        }
        boolean compressed = png[data + key.length + 1] != 0;
        // Skip the language tag and the translated keyword, each ended by NUL.
        int at = data + key.length + 3;
        for (int nuls = 0; nuls < 2; at++) {
            if (at >= end) {
                return Optional.empty();
            }
            if (png[at] == 0) {
                nuls++;
            }
        }
        byte[] raw = Arrays.copyOfRange(png, at, end);
        if (compressed) {
            raw = inflate(raw, maxBytes);
            if (raw == null) {
                return Optional.empty();
            }
        }
        return raw.length > maxBytes ? Optional.empty() : Optional.of(new String(raw, StandardCharsets.UTF_8));
    }

    private static byte[] inflate(byte[] deflated, int maxBytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static byte[] chunk(byte[] type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** Offset of the first chunk of {@code type}, or -1. */
    private static int findChunk(byte[] png, byte[] type) {
        if (!isPng(png)) {
            return -1;
        }
        int at = SIGNATURE.length;
        while (at + 12 <= png.length) {
            long length = ByteBuffer.wrap(png, at, 4).getInt() & 0xffffffffL;
            if (Arrays.equals(png, at + 4, at + 8, type, 0, 4)) {
                return at;
            }
            if (length > png.length - at - 12) {
                return -1;
            }
            at += 12 + (int) length;
        }
        return -1;
    }

    private static void requireKeyword(String keyword) {
        if (keyword.isEmpty() || keyword.length() > 79 || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(keyword)) {
            throw new IllegalArgumentException("a PNG keyword is 1 to 79 Latin-1 characters, got '" + keyword + "'");
        }
    }
}
