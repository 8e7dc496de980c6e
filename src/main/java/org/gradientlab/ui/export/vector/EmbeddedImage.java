package org.gradientlab.ui.export.vector;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** A bitmap inside a vector file: its own pixels, never resampled. */
final class EmbeddedImage {
    private EmbeddedImage() {}

    static BufferedImage pixels(Image image) {
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** The image as a base64 PNG, for an SVG data URI. */
    static String base64Png(Image image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(pixels(image), "png", png)) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
