package org.gradientlab.ui.export.vector;

import java.awt.geom.AffineTransform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * {@link FigurePainter} writing one PDF page the size of the figure (a pixel is a point), with
 * PDFBox: vector paths, the bundled Noto Sans KR embedded as a subset so Hangul shows in any
 * viewer, images embedded losslessly. The page's y axis is flipped once so that figures paint
 * in their own y-down coordinates.
 */
public final class PdfPainter extends VectorPainter implements AutoCloseable {
    private static final String REGULAR = "/fonts/NotoSansKR-Regular.ttf";
    private static final String BOLD = "/fonts/NotoSansKR-Bold.ttf";

    // FontBox notes on stderr that it skips the font's variation-selector table (cmap format 14),
    // which no figure uses: a warning a `snapshot` user cannot act on. Held, so it stays set.
    private static final Logger FONTBOX_LOG = quiet("org.apache.fontbox");

    private final PDDocument document = new PDDocument();
    private final PDPageContentStream out;
    private final Map<Boolean, FontRuns> textRuns = new HashMap<>();
    private Optional<PDFont> fallback;
    private final Map<Image, PDImageXObject> images = new IdentityHashMap<>();
    private final Map<String, PDExtendedGraphicsState> alphas = new HashMap<>();
    private final Deque<Written> writtenStack = new ArrayDeque<>();
    private Written written = new Written();

    /** What the content stream holds now, so a setting is written only when it changes. */
    private static final class Written {
        Color fill;
        Color stroke;
        double fillAlpha = 1;
        double strokeAlpha = 1;
        double lineWidth = 1;
        int cap;
        int join;
        double[] dashes = new double[0];

        Written copy() {
            Written w = new Written();
            w.fill = fill;
            w.stroke = stroke;
            w.fillAlpha = fillAlpha;
            w.strokeAlpha = strokeAlpha;
            w.lineWidth = lineWidth;
            w.cap = cap;
            w.join = join;
            w.dashes = dashes;
            return w;
        }
    }

    public PdfPainter(double width, double height) {
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        try {
            out = new PDPageContentStream(document, page);
            out.transform(new Matrix(1, 0, 0, -1, 0, (float) height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished document; {@code metadata}, when not null, is stored in its document information. */
    public byte[] toPdf(String title, String metadata) {
        try {
            out.close();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Gradient Lab");
            if (metadata != null) {
                info.setCustomMetadataValue(VectorFigure.METADATA_KEY, metadata);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        io(document::close);
    }

    @Override
    protected void paintPath(PathData shape, Mode mode) {
        Color colour = effective(mode == Mode.FILL ? state().fill : state().stroke);
        if (shape.isEmpty() || colour.getOpacity() <= 0) {
            return;
        }
        io(() -> {
            if (mode == Mode.FILL) {
                fillColour(colour);
            } else {
                strokeColour(colour);
                strokeStyle();
            }
            writePath(shape);
            if (mode == Mode.FILL) {
                out.fill();
            } else {
                out.stroke();
            }
        });
    }

    @Override
    protected void clipPath(PathData shape) {
        io(() -> {
            if (shape.isEmpty()) {
                out.addRect(0, 0, 0, 0);  // an empty path clips everything away, as on the canvas
            } else {
                writePath(shape);
            }
            out.clip();  // W n
        });
    }

    @Override
    protected void paintText(String text, double x, double baselineY, double advance, boolean outline) {
        Color colour = effective(outline ? state().stroke : state().fill);
        if (colour.getOpacity() <= 0) {
            return;
        }
        List<FontRuns.Run> runs = runs(FontMetrics.isBold(state().font)).split(text);
        double size = state().font.getSize();
        double width = runs.stream().mapToDouble(r -> r.width(size)).sum();
        double start = switch (state().align) {
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
            default -> x;
        };
        io(() -> {
            if (outline) {
                strokeColour(colour);
                strokeStyle();
            } else {
                fillColour(colour);
            }
            out.beginText();
            if (outline) {
                out.setRenderingMode(RenderingMode.STROKE);
            }
            double left = start;
            for (FontRuns.Run run : runs) {
                out.setFont(run.font(), (float) size);
                // Flipped back: the page is y-down, glyphs are drawn y-up.
                out.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) baselineY));
                out.showText(run.text());
                left += run.width(size);
            }
            out.endText();
            if (outline) {
                out.setRenderingMode(RenderingMode.FILL);
            }
        });
    }

    @Override
    protected void paintImage(Image image, double x, double y, double w, double h) {
        io(() -> {
            PDImageXObject pdfImage = images.computeIfAbsent(image, this::embed);
            pdfImage.setInterpolate(state().smooth);
            alpha(state().alpha, written.strokeAlpha);
            // The image space is y-up: its top row goes to y, its bottom to y + h.
            out.drawImage(pdfImage, new Matrix((float) w, 0, 0, (float) -h, (float) x, (float) (y + h)));
        });
    }

    @Override
    protected void onSave() {
        io(out::saveGraphicsState);
        writtenStack.push(written.copy());
    }

    @Override
    protected void onRestore() {
        io(out::restoreGraphicsState);
        written = writtenStack.pop();
    }

    @Override
    protected void onTransform(AffineTransform step) {
        io(() -> out.transform(new Matrix(step)));
    }

    private void writePath(PathData shape) throws IOException {
        double[] c = shape.coords();
        int k = 0;
        for (int i = 0; i < shape.size(); i++) {
            switch (shape.op(i)) {
                case MOVE -> out.moveTo((float) c[k++], (float) c[k++]);
                case LINE -> out.lineTo((float) c[k++], (float) c[k++]);
                case CURVE -> out.curveTo((float) c[k++], (float) c[k++], (float) c[k++], (float) c[k++],
                        (float) c[k++], (float) c[k++]);
                case CLOSE -> out.closePath();
            }
        }
    }

    private void fillColour(Color colour) throws IOException {
        if (!sameRgb(colour, written.fill)) {
            out.setNonStrokingColor((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue());
            written.fill = colour;
        }
        alpha(colour.getOpacity(), written.strokeAlpha);
    }

    private void strokeColour(Color colour) throws IOException {
        if (!sameRgb(colour, written.stroke)) {
            out.setStrokingColor((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue());
            written.stroke = colour;
        }
        alpha(written.fillAlpha, colour.getOpacity());
    }

    private void strokeStyle() throws IOException {
        State s = state();
        if (s.lineWidth != written.lineWidth) {
            out.setLineWidth((float) s.lineWidth);
            written.lineWidth = s.lineWidth;
        }
        int cap = switch (s.cap) {
            case BUTT -> 0;
            case ROUND -> 1;
            case SQUARE -> 2;
        };
        if (cap != written.cap) {
            out.setLineCapStyle(cap);
            written.cap = cap;
        }
        int join = switch (s.join) {
            case MITER -> 0;
            case ROUND -> 1;
            case BEVEL -> 2;
        };
        if (join != written.join) {
            out.setLineJoinStyle(join);
            written.join = join;
        }
        if (!Arrays.equals(s.dashes, written.dashes)) {
            float[] pattern = new float[s.dashes.length];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = (float) s.dashes[i];
            }
            out.setLineDashPattern(pattern, 0);
            written.dashes = s.dashes;
        }
    }

    private void alpha(double fill, double stroke) throws IOException {
        if (fill == written.fillAlpha && stroke == written.strokeAlpha) {
            return;
        }
        String key = fill + "/" + stroke;
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant((float) fill);
            state.setStrokingAlphaConstant((float) stroke);
            return state;
        });
        out.setGraphicsStateParameters(gs);
        written.fillAlpha = fill;
        written.strokeAlpha = stroke;
    }

    private static boolean sameRgb(Color a, Color b) {
        return b != null && a.getRed() == b.getRed() && a.getGreen() == b.getGreen() && a.getBlue() == b.getBlue();
    }

    private FontRuns runs(boolean bold) {
        return textRuns.computeIfAbsent(bold, b -> {
            List<PDFont> chain = new ArrayList<>();
            chain.add(bundled(b ? BOLD : REGULAR));
            fallback().ifPresent(chain::add);
            return new FontRuns(chain);
        });
    }

    /** The system's font for the symbols Noto Sans KR lacks, loaded once per document. */
    private Optional<PDFont> fallback() {
        if (fallback == null) {
            fallback = SystemFonts.fallback().flatMap(file -> {
                try {
                    return Optional.of(PDType0Font.load(document, file.toFile()));
                } catch (IOException | RuntimeException unreadable) {
                    // Without a fallback a missing glyph shows as "?": the label still reads.
                    return Optional.empty();
                }
            });
        }
        return fallback;
    }

    private PDType0Font bundled(String resource) {
        try (InputStream in = PdfPainter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("bundled font " + resource + " is missing");
            }
            // Subset: only the glyphs the figure uses go into the file.
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A content-stream call; PDFBox's IOException means a bug or no memory here, not a user's disk. */
    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private PDImageXObject embed(Image image) {
        try {
            return LosslessFactory.createFromImage(document, EmbeddedImage.pixels(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
