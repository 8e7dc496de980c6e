package org.gradientlab.ui.export.vector;

import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;

import org.gradientlab.ui.theme.Fonts;

/**
 * {@link FigurePainter} writing SVG 1.1: paths in page coordinates (the transform applied, two
 * decimals), text as {@code <text>} in its named font family, clips as {@code <clipPath>}
 * groups closed at restore, images as embedded PNG.
 */
public final class SvgPainter extends VectorPainter {
    private static final String FAMILY = "'" + Fonts.FAMILY + "', sans-serif";

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(1 << 16);
    // Per save level: how many clip groups it opened, closed again at its restore.
    private final Deque<int[]> openGroups = new ArrayDeque<>();
    private final Map<Image, String> encoded = new IdentityHashMap<>();
    private int clipCount;

    /** A page of {@code width} × {@code height} units (pixels of the figure). */
    public SvgPainter(double width, double height) {
        this.width = width;
        this.height = height;
        openGroups.push(new int[1]);
    }

    /** The document; {@code metadata}, when not null, goes into its {@code <metadata>} element. */
    public String toXml(String metadata) {
        while (openGroups.size() > 1) {
            restore();
        }
        closeGroups(openGroups.peek());
        StringBuilder doc = new StringBuilder(body.length() + 1024);
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" xml:space=\"preserve\" width=\"");
        Decimals.append(doc, width).append("\" height=\"");
        Decimals.append(doc, height).append("\" viewBox=\"0 0 ");
        Decimals.append(doc, width).append(' ');
        Decimals.append(doc, height).append("\">\n");
        if (metadata != null) {
            doc.append("<metadata>").append(Xml.escape(metadata)).append("</metadata>\n");
        }
        // GraphicsContext's defaults (square caps, miter limit 10) once, for every element below.
        doc.append("<g stroke-linecap=\"square\" stroke-miterlimit=\"10\" font-family=\"").append(FAMILY).append("\">\n");
        doc.append(body);
        doc.append("</g>\n</svg>\n");
        return doc.toString();
    }

    @Override
    protected void paintPath(PathData shape, Mode mode) {
        if (shape.isEmpty()) {
            return;
        }
        Color colour = effective(mode == Mode.FILL ? state().fill : state().stroke);
        if (colour.getOpacity() <= 0) {
            return;
        }
        body.append("<path d=\"");
        appendPath(shape);
        body.append('"');
        if (mode == Mode.FILL) {
            colour("fill", colour);
        } else {
            body.append(" fill=\"none\"");
            colour("stroke", colour);
            double scale = scale();
            if (state().lineWidth * scale != 1) {
                attribute("stroke-width", state().lineWidth * scale);
            }
            if (state().cap != StrokeLineCap.SQUARE) {
                body.append(" stroke-linecap=\"").append(state().cap == StrokeLineCap.BUTT ? "butt" : "round").append('"');
            }
            if (state().join != StrokeLineJoin.MITER) {
                body.append(" stroke-linejoin=\"").append(state().join == StrokeLineJoin.BEVEL ? "bevel" : "round").append('"');
            }
            if (state().dashes.length > 0) {
                body.append(" stroke-dasharray=\"");
                for (int i = 0; i < state().dashes.length; i++) {
                    Decimals.append(i == 0 ? body : body.append(' '), state().dashes[i] * scale);
                }
                body.append('"');
            }
        }
        body.append("/>\n");
    }

    @Override
    protected void clipPath(PathData shape) {
        String id = "clip" + (++clipCount);
        body.append("<clipPath id=\"").append(id).append("\"><path d=\"");
        appendPath(shape);
        body.append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        openGroups.peek()[0]++;
    }

    @Override
    protected void paintText(String text, double x, double baselineY, double advance, boolean outline) {
        Color colour = effective(outline ? state().stroke : state().fill);
        if (colour.getOpacity() <= 0) {
            return;
        }
        Font font = state().font;
        body.append("<text");
        placed(x, baselineY);
        switch (state().align) {
            case CENTER -> body.append(" text-anchor=\"middle\"");
            case RIGHT -> body.append(" text-anchor=\"end\"");
            default -> { }
        }
        attribute("font-size", font.getSize());
        if (!Fonts.FAMILY.equals(font.getFamily())) {
            body.append(" font-family=\"").append(Xml.escape(font.getFamily())).append(", sans-serif\"");
        }
        if (FontMetrics.isBold(font)) {
            body.append(" font-weight=\"bold\"");
        }
        if (font.getStyle().toLowerCase(java.util.Locale.ROOT).contains(FontPosture.ITALIC.name().toLowerCase(java.util.Locale.ROOT))) {
            body.append(" font-style=\"italic\"");
        }
        if (outline) {
            body.append(" fill=\"none\"");
            colour("stroke", colour);
            attribute("stroke-width", state().lineWidth);
            body.append(" stroke-linejoin=\"round\"");
        } else {
            colour("fill", colour);
        }
        body.append('>').append(Xml.escape(text)).append("</text>\n");
    }

    @Override
    protected void paintImage(Image image, double x, double y, double w, double h) {
        body.append("<image");
        placed(x, y);
        attribute("width", w);
        attribute("height", h);
        body.append(" preserveAspectRatio=\"none\"");
        if (!state().smooth) {
            body.append(" image-rendering=\"optimizeSpeed\"");
        }
        if (state().alpha < 1) {
            attribute("opacity", state().alpha);
        }
        body.append(" xlink:href=\"data:image/png;base64,")
                .append(encoded.computeIfAbsent(image, EmbeddedImage::base64Png)).append("\"/>\n");
    }

    @Override
    protected void onSave() {
        openGroups.push(new int[1]);
    }

    @Override
    protected void onRestore() {
        closeGroups(openGroups.pop());
    }

    @Override
    protected void onTransform(AffineTransform step) {
        // Coordinates are written transformed: nothing to open.
    }

    private void closeGroups(int[] count) {
        for (int i = 0; i < count[0]; i++) {
            body.append("</g>\n");
        }
        count[0] = 0;
    }

    /**
     * x and y of a text or an image: in page coordinates when the transform only moves, else in
     * user coordinates under the transform (a rotated axis title).
     */
    private void placed(double x, double y) {
        AffineTransform t = state().transform;
        if ((t.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0) {
            attribute("x", x + t.getTranslateX());
            attribute("y", y + t.getTranslateY());
            return;
        }
        attribute("x", x);
        attribute("y", y);
        body.append(" transform=\"matrix(");
        double[] m = new double[6];
        t.getMatrix(m);
        for (int i = 0; i < 6; i++) {
            // The linear part keeps more digits: a rounded cosine would skew a long line of text.
            if (i < 4) {
                body.append(i == 0 ? "" : " ").append(Math.round(m[i] * 1e5) / 1e5);
            } else {
                Decimals.append(body.append(' '), m[i]);
            }
        }
        body.append(")\"");
    }

    private void appendPath(PathData shape) {
        AffineTransform t = state().transform;
        double[] c = shape.coords();
        double[] device = new double[6];
        int k = 0;
        PathData.Op previous = null;
        for (int i = 0; i < shape.size(); i++) {
            PathData.Op op = shape.op(i);
            int pairs = switch (op) {
                case MOVE, LINE -> 1;
                case CURVE -> 3;
                case CLOSE -> 0;
            };
            t.transform(c, k, device, 0, pairs);
            k += pairs * 2;
            switch (op) {
                case MOVE -> body.append('M');
                case LINE -> body.append(previous == PathData.Op.LINE ? " " : "L");
                case CURVE -> body.append('C');
                case CLOSE -> body.append('Z');
            }
            for (int p = 0; p < pairs * 2; p++) {
                Decimals.append(p == 0 ? body : body.append(' '), device[p]);
            }
            previous = op;
        }
    }

    private double scale() {
        return Math.sqrt(Math.abs(state().transform.getDeterminant()));
    }

    private void colour(String name, Color colour) {
        body.append(' ').append(name).append("=\"").append(Xml.hex(colour)).append('"');
        if (colour.getOpacity() < 1) {
            attribute(name + "-opacity", colour.getOpacity());
        }
    }

    private void attribute(String name, double value) {
        Decimals.append(body.append(' ').append(name).append("=\""), value).append('"');
    }
}
