package org.gradientlab.ui.export.vector;

import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.Deque;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.gradientlab.ui.kit.plot.Painter;

/**
 * What SVG and PDF share: GraphicsContext's state model with save and restore, every shape
 * turned into one recorded path, and text placed as the canvas places it. A subclass only
 * writes a finished path, a line of text or an image in its own syntax.
 */
abstract class VectorPainter implements FigurePainter {

    /** How a recorded path is used. */
    enum Mode { FILL, STROKE }

    /** The drawing state GraphicsContext keeps, copied on save. */
    static final class State {
        Color fill = Color.BLACK;
        Color stroke = Color.BLACK;
        double lineWidth = 1;
        double[] dashes = new double[0];
        StrokeLineCap cap = StrokeLineCap.SQUARE;
        StrokeLineJoin join = StrokeLineJoin.MITER;
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        boolean smooth = true;
        double alpha = 1;
        AffineTransform transform = new AffineTransform();

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dashes = dashes;
            s.cap = cap;
            s.join = join;
            s.font = font;
            s.align = align;
            s.baseline = baseline;
            s.smooth = smooth;
            s.alpha = alpha;
            s.transform = new AffineTransform(transform);
            return s;
        }
    }

    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private PathData path;

    protected final State state() {
        return state;
    }

    /** A colour as drawn: its own alpha times the node opacity in force. */
    protected final Color effective(Color colour) {
        return state.alpha >= 1 ? colour
                : Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getOpacity() * state.alpha);
    }

    // --- what a format writes ---------------------------------------------------------------

    protected abstract void paintPath(PathData shape, Mode mode);

    protected abstract void clipPath(PathData shape);

    /**
     * One line of text: {@code x} is where the alignment anchors it (left edge, centre or right
     * edge), {@code baselineY} its baseline, {@code width} its advance as the screen lays it out.
     */
    protected abstract void paintText(String text, double x, double baselineY, double width, boolean outline);

    protected abstract void paintImage(Image image, double x, double y, double w, double h);

    /** The format's own bookkeeping at save and restore (a group, a graphics-state push). */
    protected abstract void onSave();

    protected abstract void onRestore();

    /** The current transform changed by {@code step} (already applied to {@link State#transform}). */
    protected abstract void onTransform(AffineTransform step);

    // --- state -------------------------------------------------------------------------------

    @Override
    public void setFill(Color colour) {
        state.fill = colour == null ? Color.TRANSPARENT : colour;
    }

    @Override
    public void setStroke(Color colour) {
        state.stroke = colour == null ? Color.TRANSPARENT : colour;
    }

    @Override
    public void setLineWidth(double width) {
        if (width > 0 && Double.isFinite(width)) {
            state.lineWidth = width;
        }
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes == null ? new double[0] : dashes.clone();
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        state.cap = cap;
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        state.join = join;
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        state.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        state.baseline = baseline;
    }

    @Override
    public void setImageSmoothing(boolean smooth) {
        state.smooth = smooth;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        state.alpha = Math.max(0, Math.min(1, alpha));
    }

    @Override
    public double globalAlpha() {
        return state.alpha;
    }

    @Override
    public void save() {
        saved.push(state.copy());
        onSave();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;  // as GraphicsContext: an unmatched restore does nothing
        }
        state = saved.pop();
        onRestore();
    }

    @Override
    public void translate(double dx, double dy) {
        transform(AffineTransform.getTranslateInstance(dx, dy));
    }

    @Override
    public void transform(AffineTransform step) {
        state.transform.concatenate(step);
        onTransform(step);
    }

    // --- shapes --------------------------------------------------------------------------------

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        PathData line = newPath();
        line.moveTo(x1, y1);
        line.lineTo(x2, y2);
        paintPath(line.finish(), Mode.STROKE);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        PathData box = newPath();
        box.rect(x, y, w, h);
        paintPath(box, Mode.FILL);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        PathData box = newPath();
        box.rect(x, y, w, h);
        paintPath(box, Mode.STROKE);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        paintPath(roundRect(x, y, w, h, arcWidth, arcHeight), Mode.FILL);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        paintPath(roundRect(x, y, w, h, arcWidth, arcHeight), Mode.STROKE);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        PathData oval = newPath();
        oval.oval(x, y, w, h);
        paintPath(oval, Mode.FILL);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        PathData oval = newPath();
        oval.oval(x, y, w, h);
        paintPath(oval, Mode.STROKE);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        paintPath(polyline(xs, ys, points, true), Mode.FILL);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        paintPath(polyline(xs, ys, points, true), Mode.STROKE);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        paintPath(polyline(xs, ys, points, false), Mode.STROKE);
    }

    // --- paths ---------------------------------------------------------------------------------

    @Override
    public void beginPath() {
        path = newPath();
    }

    @Override
    public void moveTo(double x, double y) {
        current().moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        current().lineTo(x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        current().curveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        current().closePath();
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        current().rect(x, y, w, h);
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double topLeft, double topRight,
                          double bottomRight, double bottomLeft) {
        current().roundRect(x, y, w, h, topLeft, topRight, bottomRight, bottomLeft);
    }

    @Override
    public void stroke() {
        if (path != null && !path.isEmpty()) {
            paintPath(path.finish(), Mode.STROKE);
        }
    }

    @Override
    public void fill() {
        if (path != null && !path.isEmpty()) {
            paintPath(path.finish(), Mode.FILL);
        }
    }

    @Override
    public void clip() {
        clipPath(path == null ? newPath() : path.finish());
    }

    // --- text and images -------------------------------------------------------------------

    @Override
    public void fillText(String text, double x, double y) {
        text(text, x, y, false);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        text(text, x, y, true);
    }

    @Override
    public void drawImage(Image image, double x, double y, double w, double h) {
        if (image != null && image.getWidth() > 0 && image.getHeight() > 0 && w != 0 && h != 0) {
            paintImage(image, x, y, w, h);
        }
    }

    private void text(String text, double x, double y, boolean outline) {
        if (text == null || text.isBlank()) {
            return;
        }
        FontMetrics metrics = FontMetrics.of(state.font);
        // As GraphicsContext: the baseline setting names which line of the text box y marks.
        double baselineY = switch (state.baseline) {
            case TOP -> y + metrics.ascent();
            case CENTER -> y + (metrics.ascent() - metrics.descent()) / 2;
            case BOTTOM -> y - metrics.descent();
            default -> y;
        };
        paintText(text, x, baselineY, Painter.textWidth(text, state.font), outline);
    }

    private PathData newPath() {
        return new PathData(state.transform);
    }

    private PathData current() {
        if (path == null) {
            path = newPath();
        }
        return path;
    }

    private PathData roundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        PathData box = newPath();
        double r = Math.min(arcWidth, arcHeight) / 2;
        box.roundRect(x, y, w, h, r, r, r, r);
        return box;
    }

    private PathData polyline(double[] xs, double[] ys, int points, boolean closed) {
        PathData line = newPath();
        for (int i = 0; i < points; i++) {
            if (i == 0) {
                line.moveTo(xs[i], ys[i]);
            } else {
                line.lineTo(xs[i], ys[i]);
            }
        }
        if (closed) {
            line.closePath();
        }
        return line.finish();
    }
}
