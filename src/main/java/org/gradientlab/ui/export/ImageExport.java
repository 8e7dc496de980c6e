package org.gradientlab.ui.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.core.scene.PngText;
import org.gradientlab.ui.export.vector.SceneWalker;

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
        // The node's box on screen (the vector page's box too), not its visual bounds that a
        // text overflowing the edge widens; the viewport is in the scaled coordinates.
        Bounds page = SceneWalker.page(node);
        params.setViewport(new Rectangle2D(page.getMinX() * scale, page.getMinY() * scale,
                page.getWidth() * scale, page.getHeight() * scale));
        return node.snapshot(params, null);
    }

    /**
     * Writes {@code image} as PNG to {@code target}, atomically: a failed write leaves neither
     * half a file nor a temporary one, and its {@link WriteFailure} names the target and why.
     */
    public static void writePng(Image image, Path target) throws WriteFailure {
        writePng(image, target, null);
    }

    /** As {@link #writePng(Image, Path)}, carrying {@code sceneJson} (null: none) in a {@link PngText#SCENE} chunk. */
    public static void writePng(Image image, Path target, String sceneJson) throws WriteFailure {
        byte[] png = png(image, sceneJson);
        AtomicWrite.write(target, out -> out.write(png));
    }

    /**
     * {@code image} encoded as PNG; {@code metadata}, when not null, goes into an iTXt chunk
     * keyed {@link PngText#SCENE}, as SVG and PDF files carry it.
     */
    public static byte[] png(Image image, String metadata) {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(pixels, "png", bytes)) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return metadata == null ? bytes.toByteArray() : PngText.with(bytes.toByteArray(), PngText.SCENE, metadata);
    }

    /** Puts {@code image} on the system clipboard. FX thread only. */
    public static void copyToClipboard(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
