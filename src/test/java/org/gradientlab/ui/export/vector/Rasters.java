package org.gradientlab.ui.export.vector;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The exported files turned back into pixels, to compare with the PNG of the same figure: SVG
 * through Batik (with the bundled Noto Sans KR registered, as a user who has the font sees it),
 * PDF through PDFBox's renderer at 72 dpi (a point is a pixel), each over white.
 */
final class Rasters {
    private static boolean fontsRegistered;

    private Rasters() {}

    static BufferedImage svg(byte[] svg, double width) {
        registerFonts();
        Capture transcoder = new Capture();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        try {
            transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(svg)), new TranscoderOutput());
        } catch (TranscoderException e) {
            throw new IllegalStateException(e);
        }
        return onWhite(transcoder.image);
    }

    static BufferedImage pdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return onWhite(new PDFRenderer(document).renderImage(0, 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage png(byte[] png) {
        try {
            return onWhite(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mean absolute difference per channel, 0–255, over the pixels both images cover. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * w * h);
    }

    /** Keeps a picture for a person to look at (target/vector-export/…). */
    static void keep(BufferedImage image, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "vector-export"));
            ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static synchronized void registerFonts() {
        if (fontsRegistered) {
            return;
        }
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : new String[] {"/fonts/NotoSansKR-Regular.ttf", "/fonts/NotoSansKR-Bold.ttf"}) {
            try (InputStream in = Rasters.class.getResourceAsStream(file)) {
                env.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot register " + file, e);
            }
        }
        fontsRegistered = true;
    }

    /** Batik's image transcoder keeping the picture instead of encoding it. */
    private static final class Capture extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            image = img;
        }
    }
}
