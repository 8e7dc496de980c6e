package org.gradientlab.ui.kit.plot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Painter} that draws nothing and logs every shape, text and image with the colour it
 * would have: what a figure really sends through the drawing interface, for tests to read.
 * State calls are kept (with save and restore) so each logged call carries its colours.
 */
public final class RecordingPainter implements Painter {

    /**
     * One drawing call: {@code op} is the method's name; {@code numbers} its coordinates (for a
     * stroked or filled path, x and y of every point in turn); {@code text} the string drawn;
     * {@code fontSize} and {@code baseline} the font's size and the text baseline set when it was drawn.
     */
    public record Call(String op, double[] numbers, String text, Color fill, Color stroke, double lineWidth,
                       Image image, double fontSize, VPos baseline) {

        public double x() {
            return numbers[0];
        }

        public double y() {
            return numbers[1];
        }

        public double w() {
            return numbers[2];
        }

        public double h() {
            return numbers[3];
        }
    }

    private record State(Color fill, Color stroke, double lineWidth, double fontSize, VPos baseline) {}

    private final List<Call> calls = new ArrayList<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private final List<Double> path = new ArrayList<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private double fontSize = Font.getDefault().getSize();
    private VPos baseline = VPos.BASELINE;

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String op) {
        return calls(c -> c.op().equals(op));
    }

    public List<Call> calls(Predicate<Call> which) {
        return calls.stream().filter(which).toList();
    }

    private void log(String op, String text, Image image, double... numbers) {
        calls.add(new Call(op, numbers, text, fill, stroke, lineWidth, image, fontSize, baseline));
    }

    @Override
    public void setFill(Color colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Color colour) {
        stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {}

    @Override
    public void setLineCap(StrokeLineCap cap) {}

    @Override
    public void setLineJoin(StrokeLineJoin join) {}

    @Override
    public void setFont(Font font) {
        fontSize = font.getSize();
    }

    @Override
    public void setTextAlign(TextAlignment align) {}

    @Override
    public void setTextBaseline(VPos baseline) {
        this.baseline = baseline;
    }

    @Override
    public void setImageSmoothing(boolean smooth) {}

    @Override
    public void save() {
        saved.push(new State(fill, stroke, lineWidth, fontSize, baseline));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        fontSize = s.fontSize();
        baseline = s.baseline();
    }

    @Override
    public void translate(double dx, double dy) {
        log("translate", null, null, dx, dy);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        log("strokeLine", null, null, x1, y1, x2, y2);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        log("fillRect", null, null, x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        log("strokeRect", null, null, x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        log("fillRoundRect", null, null, x, y, w, h);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        log("strokeRoundRect", null, null, x, y, w, h);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        log("fillOval", null, null, x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        log("strokeOval", null, null, x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        log("fillPolygon", null, null, interleave(xs, ys, points));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        log("strokePolygon", null, null, interleave(xs, ys, points));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        log("strokePolyline", null, null, interleave(xs, ys, points));
    }

    private static double[] interleave(double[] xs, double[] ys, int points) {
        double[] out = new double[2 * points];
        for (int i = 0; i < points; i++) {
            out[2 * i] = xs[i];
            out[2 * i + 1] = ys[i];
        }
        return out;
    }

    @Override
    public void beginPath() {
        path.clear();
    }

    @Override
    public void moveTo(double x, double y) {
        path.add(x);
        path.add(y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.add(x);
        path.add(y);
    }

    @Override
    public void closePath() {}

    @Override
    public void rect(double x, double y, double w, double h) {
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
    }

    @Override
    public void stroke() {
        log("stroke", null, null, points());
    }

    @Override
    public void fill() {
        log("fill", null, null, points());
    }

    @Override
    public void clip() {
        log("clip", null, null, points());
    }

    private double[] points() {
        return path.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void fillText(String text, double x, double y) {
        log("fillText", text, null, x, y);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        log("strokeText", text, null, x, y);
    }

    @Override
    public void drawImage(Image image, double x, double y, double w, double h) {
        log("drawImage", null, image, x, y, w, h);
    }
}
