package org.gradientlab.ui.kit.plot;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The one small drawing interface every figure paints through: lines, paths, fills, text and
 * images, in the coordinates of the figure's own node (y down). {@link CanvasPainter} puts it on
 * a JavaFX canvas; vector writers (SVG, PDF) implement the same calls, so one figure code serves
 * the screen and a file.
 * <p>
 * It follows {@link javafx.scene.canvas.GraphicsContext}'s state model on purpose (current
 * fill, stroke, line width, dashes, font, text alignment and baseline; {@link #save()} and
 * {@link #restore()} keep them and the clip), so a figure reads like the canvas code it replaced.
 * Colours are plain {@link Color}s: gradients and effects have no place in a figure.
 */
public interface Painter {

    // --- state -------------------------------------------------------------------------------

    void setFill(Color colour);

    void setStroke(Color colour);

    void setLineWidth(double width);

    /** Dash lengths in node units, or none for a solid line. */
    void setLineDashes(double... dashes);

    void setLineCap(StrokeLineCap cap);

    void setLineJoin(StrokeLineJoin join);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    /** Whether images are drawn smoothed (true) or as crisp pixel blocks (false). */
    void setImageSmoothing(boolean smooth);

    /** Keeps the state, the transform and the clip until the matching {@link #restore()}. */
    void save();

    void restore();

    /** Moves the origin; figures composed of several nodes paint each at its offset. */
    void translate(double dx, double dy);

    // --- shapes --------------------------------------------------------------------------------

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys, int points);

    void strokePolygon(double[] xs, double[] ys, int points);

    /** An open line through the first {@code points} points. */
    void strokePolyline(double[] xs, double[] ys, int points);

    // --- paths ---------------------------------------------------------------------------------

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    /** Adds a closed rectangle to the current path. */
    void rect(double x, double y, double w, double h);

    void stroke();

    void fill();

    /** Intersects the clip with the current path, until {@link #restore()}. */
    void clip();

    // --- text and images -------------------------------------------------------------------

    void fillText(String text, double x, double y);

    /** Outlines text: a halo in the background colour keeps labels readable over lines. */
    void strokeText(String text, double x, double y);

    /** Draws {@code image} scaled into the rectangle; a vector file embeds it at full resolution. */
    void drawImage(Image image, double x, double y, double w, double h);

    /** The height of a line of text in {@code font}, as the screen lays it out. */
    static double textHeight(Font font) {
        Text probe = new Text("Xg");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }

    /** The advance width of {@code text} in {@code font}, as the screen lays it out. */
    static double textWidth(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
