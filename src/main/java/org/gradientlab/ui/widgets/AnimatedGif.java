package org.gradientlab.ui.widgets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
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

/**
 * Writes frames as an animated GIF that loops forever, with the JDK's own GIF writer (it
 * reduces each frame to a 256-colour palette). The loop is the NETSCAPE2.0 application
 * extension every browser and slide program reads.
 */
public final class AnimatedGif {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {}

    /** Writes {@code frames} (at least one, all the same size) to {@code target}, each shown {@code delayMillis}. */
    public static void write(List<BufferedImage> frames, int delayMillis, Path target) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        try (Writer writer = new Writer(target, delayMillis)) {
            for (BufferedImage frame : frames) {
                writer.append(frame);
            }
        }
    }

    /**
     * An animation written frame by frame as the frames come, so that a recording holds one frame
     * at a time rather than all of them. Closing ends the file; close after at least one frame.
     */
    public static final class Writer implements AutoCloseable {
        private final ImageWriter writer;
        private final ImageOutputStream out;
        private final int delayMillis;
        private int frames;

        /** Starts {@code target} (replacing it); each frame is shown {@code delayMillis}. */
        public Writer(Path target, int delayMillis) throws IOException {
            if (delayMillis < 10) {
                throw new IllegalArgumentException("delay must be at least 10 ms (GIF counts hundredths), got "
                        + delayMillis);
            }
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
            if (!writers.hasNext()) {
                throw new IOException("no GIF writer available");
            }
            this.delayMillis = delayMillis;
            this.writer = writers.next();
            Files.deleteIfExists(target);
            ImageOutputStream stream = ImageIO.createImageOutputStream(target.toFile());
            if (stream == null) {
                writer.dispose();
                throw new IOException("cannot write " + target);
            }
            this.out = stream;
            try {
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
            } catch (IOException | RuntimeException e) {
                closeQuietly();
                throw e;
            }
        }

        /** Adds one frame (the same size as the others) to the end of the animation. */
        public void append(BufferedImage frame) throws IOException {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
            configure(metadata, delayMillis, frames == 0);
            writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            frames++;
        }

        /** Ends the animation and the file. */
        @Override
        public void close() throws IOException {
            try {
                if (frames == 0) {
                    throw new IllegalArgumentException("an animation needs at least one frame");
                }
                writer.endWriteSequence();
            } finally {
                closeQuietly();
            }
        }

        private void closeQuietly() {
            writer.dispose();
            try {
                out.close();
            } catch (IOException e) {
                // The write that matters already failed or succeeded; nothing more to report.
            }
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
