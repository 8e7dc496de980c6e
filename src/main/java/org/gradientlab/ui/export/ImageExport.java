package org.gradientlab.ui.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.ui.export.vector.VectorFigure;

/**
 * Figures out of the UI: a node rendered at a scale (sharp on slides, unlike an upscaled
 * screenshot), written as PNG or put on the clipboard. Every lab exports through here.
 */
public final class ImageExport {
    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

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
     * Writes {@code image} as PNG to {@code target}, atomically: a failed write leaves neither
     * half a file nor a temporary one, and its {@link WriteFailure} names the target and why.
     */
    public static void writePng(Image image, Path target) throws WriteFailure {
        byte[] png = png(image, null);
        AtomicWrite.write(target, out -> out.write(png));
    }

    /**
     * {@code image} encoded as PNG; {@code metadata}, when not null, goes into an iTXt chunk
     * keyed {@link VectorFigure#METADATA_KEY}, as SVG and PDF files carry it.
     */
    public static byte[] png(Image image, String metadata) {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pixels), null);
            if (metadata != null) {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", VectorFigure.METADATA_KEY);
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", metadata);
                IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
                itxt.appendChild(entry);
                IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
                root.appendChild(itxt);
                meta.mergeTree(PNG_METADATA, root);
            }
            writer.setOutput(out);
            writer.write(new IIOImage(pixels, null, meta));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Puts {@code image} on the system clipboard. FX thread only. */
    public static void copyToClipboard(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
