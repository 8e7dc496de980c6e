package org.gradientlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Public for its {@link #filled} frames, which the recording tests use too. */
public class AnimatedGifTest {
    @TempDir
    Path dir;

    /** A 20×10 frame of one colour. */
    public static BufferedImage filled(Color colour) {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 20, 10);
        g.dispose();
        return image;
    }

    @Test
    void writesEveryFrameWithItsDelayAndLoopsForever() throws IOException {
        Path gif = dir.resolve("run.gif");
        AnimatedGif.write(List.of(filled(Color.RED), filled(Color.GREEN), filled(Color.BLUE)), 250, gif);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            assertEquals(0xff0000ff, reader.read(2).getRGB(5, 5));
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) first.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("25", control.getAttribute("delayTime"), "hundredths of a second");
            IIOMetadataNode app = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            byte[] loop = (byte[]) app.getUserObject();
            assertEquals(0, loop[1] | loop[2], "loop count 0 = forever");
        } finally {
            reader.dispose();
        }
        assertTrue(gif.toFile().length() > 0);
    }

    @Test
    void rejectsNoFramesAndTooShortADelay() {
        assertThrows(IllegalArgumentException.class, () -> AnimatedGif.write(List.of(), 100, dir.resolve("a.gif")));
        assertThrows(IllegalArgumentException.class,
                () -> AnimatedGif.write(List.of(filled(Color.RED)), 5, dir.resolve("a.gif")));
    }

    @Test
    void aSourceWrittenFrameByFrameGivesEveryFrameInOrder() throws IOException {
        Path gif = dir.resolve("stream.gif");
        java.util.Iterator<Color> colours = List.of(Color.RED, Color.GREEN, Color.BLUE).iterator();
        AnimatedGif.write(() -> colours.hasNext() ? filled(colours.next()) : null, 100, gif);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            assertEquals(0xff00ff00, reader.read(1).getRGB(5, 5));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aSourceThatFailsHalfwayKeepsTheOldFileAndLeavesNoPart() throws IOException {
        Path gif = dir.resolve("old.gif");
        java.nio.file.Files.writeString(gif, "old");
        int[] handed = {0};
        IOException failure = assertThrows(IOException.class, () -> AnimatedGif.write(() -> {
            if (handed[0]++ == 2) {
                throw new IOException("camera gone");
            }
            return filled(Color.RED);
        }, 100, gif));
        assertTrue(failure.getMessage().startsWith("cannot write " + gif), failure.getMessage());
        assertTrue(failure.getMessage().contains("camera gone"), failure.getMessage());
        assertEquals("old", java.nio.file.Files.readString(gif));
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(gif), files.toList());
        }
    }
}
