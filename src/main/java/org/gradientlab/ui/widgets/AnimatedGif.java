package org.gradientlab.ui.widgets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.gradientlab.core.io.AtomicWrite;

/**
 * Writes frames as an animated GIF that loops forever, with the JDK's own GIF writer (it
 * reduces each frame to a 256-colour palette). The loop is the NETSCAPE2.0 application
 * extension every browser and slide program reads.
 */
public final class AnimatedGif {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {}

    /**
     * Frames handed to the writer one at a time, so a recording need not hold them all: the
     * next frame, waiting for it if need be, or null after the last.
     */
    @FunctionalInterface
    public interface FrameSource {
        BufferedImage next() throws IOException;
    }

    /** Writes {@code frames} (at least one, all the same size) to {@code target}, each shown {@code delayMillis}. */
    public static void write(List<BufferedImage> frames, int delayMillis, Path target) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        Iterator<BufferedImage> each = frames.iterator();
        write(() -> each.hasNext() ? each.next() : null, delayMillis, target);
    }

    /**
     * Writes the frames {@code source} hands over, as they come, to {@code target}. Atomic: if
     * the source or the encoder throws (a cancel too), the old file stays and no part is left.
     */
    public static void write(FrameSource source, int delayMillis, Path target) throws IOException {
        if (delayMillis < 10) {
            throw new IllegalArgumentException("delay must be at least 10 ms (GIF counts hundredths), got " + delayMillis);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer available");
        }
        ImageWriter writer = writers.next();
        // Atomic: a failed write keeps the old file, and its message names the target and why.
        try {
            AtomicWrite.write(target, stream -> {
                try (ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
                    writer.setOutput(out);
                    writer.prepareWriteSequence(null);
                    int written = 0;
                    for (BufferedImage frame = source.next(); frame != null; frame = source.next()) {
                        ImageWriteParam param = writer.getDefaultWriteParam();
                        IIOMetadata metadata = writer.getDefaultImageMetadata(
                                ImageTypeSpecifier.createFromRenderedImage(frame), param);
                        configure(metadata, delayMillis, written++ == 0);
                        writer.writeToSequence(new IIOImage(frame, null, metadata), param);
                    }
                    if (written == 0) {
                        throw new IllegalArgumentException("an animation needs at least one frame");
                    }
                    writer.endWriteSequence();
                }
            });
        } finally {
            writer.dispose();
        }
    }

    private static void configure(IIOMetadata metadata, int delayMillis, boolean first) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.round(delayMillis / 10f)));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extension = new IIOMetadataNode("ApplicationExtension");
            extension.setAttribute("applicationID", "NETSCAPE");
            extension.setAttribute("authenticationCode", "2.0");
            // Sub-block 1, then the loop count as little-endian 16 bits: 0 = forever.
            extension.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(extension);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
