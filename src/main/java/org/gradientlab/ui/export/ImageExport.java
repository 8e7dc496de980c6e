package org.gradientlab.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;

/**
 * Figures out of the UI: a node rendered at a scale (sharp on slides, unlike an upscaled
 * screenshot), written as PNG or put on the clipboard. Every lab exports through here.
 */
public final class ImageExport {
    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;

    private ImageExport() {}

    /** Renders {@code node} at {@code scale}× its size; the image is scale·width × scale·height. FX thread only. */
    public static WritableImage snapshot(Node node, double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be in " + MIN_SCALE + ".." + MAX_SCALE + ", got " + scale);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return node.snapshot(params, null);
    }

    /**
     * Writes {@code image} as PNG to {@code target}. The bytes go to a temporary file beside the
     * target first and are then moved over it, so a failed write never leaves half a file.
     */
    public static void writePng(Image image, Path target) throws IOException {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        // Not Files.createTempFile: its 0600 mode would stay on the moved figure.
        Path temp = target.toAbsolutePath().resolveSibling(
                "." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                if (!ImageIO.write(pixels, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Puts {@code image} on the system clipboard. FX thread only. */
    public static void copyToClipboard(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
