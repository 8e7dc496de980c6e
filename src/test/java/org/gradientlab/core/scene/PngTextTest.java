package org.gradientlab.core.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

public class PngTextTest {
    /** A valid 1×1 grey PNG, built by hand: signature, IHDR, IDAT, IEND. */
    public static byte[] tinyPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        // 1×1, bit depth 8, colour type 0 (grey), deflate, no filter, no interlace
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[] {0, (byte) 0x80});  // filter byte 0, one grey pixel
        deflater.finish();
        byte[] buffer = new byte[64];
        int n = deflater.deflate(buffer);
        deflater.end();
        out.writeBytes(chunk("IDAT", Arrays.copyOf(buffer, n)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).putInt((int) crc.getValue()).array();
    }

    @Test
    void aTextGoesInJustBeforeIendAndReadsBack() {
        byte[] png = tinyPng();
        String text = "{\"lab\" : \"init\", \"note\" : \"가중치 초깃값\"}";
        byte[] with = PngText.with(png, PngText.SCENE, text);
        assertEquals(Optional.of(text), PngText.read(with, PngText.SCENE, 1 << 20));
        // Everything before IEND is kept byte for byte, and the file still ends with IEND.
        int iend = png.length - 12;
        assertArrayEquals(Arrays.copyOf(png, iend), Arrays.copyOf(with, iend));
        assertArrayEquals(Arrays.copyOfRange(png, iend, png.length), Arrays.copyOfRange(with, with.length - 12, with.length));
        // keyword, NUL, flag 0, method 0, two empty strings, then the UTF-8 text; CRC over type and data
        int data = iend + 8;
        byte[] key = PngText.SCENE.getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(key, Arrays.copyOfRange(with, data, data + key.length));
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0}, Arrays.copyOfRange(with, data + key.length, data + key.length + 5));
        int length = ByteBuffer.wrap(with, iend, 4).getInt();
        CRC32 crc = new CRC32();
        crc.update(with, iend + 4, 4 + length);
        assertEquals((int) crc.getValue(), ByteBuffer.wrap(with, iend + 8 + length, 4).getInt());
    }

    @Test
    void anotherKeywordOrNoChunkIsNothing() {
        byte[] with = PngText.with(tinyPng(), "Comment", "hello");
        assertEquals(Optional.empty(), PngText.read(with, PngText.SCENE, 1 << 20));
        assertEquals(Optional.of("hello"), PngText.read(with, "Comment", 1 << 20));
        assertEquals(Optional.empty(), PngText.read(tinyPng(), PngText.SCENE, 1 << 20));
        assertEquals(Optional.empty(), PngText.read("not a png".getBytes(StandardCharsets.US_ASCII), PngText.SCENE, 100));
    }

    @Test
    void aTextOverTheLimitOrACutFileIsNothing() {
        byte[] with = PngText.with(tinyPng(), PngText.SCENE, "x".repeat(1000));
        assertEquals(Optional.empty(), PngText.read(with, PngText.SCENE, 999));
        assertEquals(Optional.empty(), PngText.read(Arrays.copyOf(with, with.length - 400), PngText.SCENE, 1 << 20));
    }

    @Test
    void aCompressedChunkIsInflated() {
        byte[] text = "compressed scene".getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater();
        deflater.setInput(text);
        deflater.finish();
        byte[] buffer = new byte[256];
        int n = deflater.deflate(buffer);
        deflater.end();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(PngText.SCENE.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, 1, 0, 0, 0});
        data.writeBytes(Arrays.copyOf(buffer, n));
        byte[] png = tinyPng();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, png.length - 12);
        out.writeBytes(chunk("iTXt", data.toByteArray()));
        out.write(png, png.length - 12, 12);
        assertEquals(Optional.of("compressed scene"), PngText.read(out.toByteArray(), PngText.SCENE, 100));
    }

    @Test
    void refusesABadKeywordOrANonPng() {
        assertThrows(IllegalArgumentException.class, () -> PngText.with(tinyPng(), "", "x"));
        assertThrows(IllegalArgumentException.class, () -> PngText.with(tinyPng(), "장면", "x"));
        assertThrows(IllegalArgumentException.class, () -> PngText.with(new byte[20], PngText.SCENE, "x"));
        assertTrue(PngText.isPng(tinyPng()));
    }
}
