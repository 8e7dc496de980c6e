package org.gradientlab.ui.kit.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** {@link Painter} on a JavaFX canvas: each call goes straight to the GraphicsContext. */
public final class CanvasPainter implements Painter {
    private final GraphicsContext gc;

    public CanvasPainter(GraphicsContext gc) {
        this.gc = gc;
    }

    @Override
    public void setFill(Color colour) {
        gc.setFill(colour);
    }

    @Override
    public void setStroke(Color colour) {
        gc.setStroke(colour);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        gc.setLineCap(cap);
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        gc.setLineJoin(join);
    }

    @Override
    public void setFont(Font font) {
        gc.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        gc.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        gc.setTextBaseline(baseline);
    }

    @Override
    public void setImageSmoothing(boolean smooth) {
        gc.setImageSmoothing(smooth);
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        gc.fillPolygon(xs, ys, points);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        gc.strokePolygon(xs, ys, points);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        gc.strokePolyline(xs, ys, points);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        gc.rect(x, y, w, h);
    }

    @Override
    public void stroke() {
        gc.stroke();
    }

    @Override
    public void fill() {
        gc.fill();
    }

    @Override
    public void clip() {
        gc.clip();
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(text, x, y);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        gc.strokeText(text, x, y);
    }

    @Override
    public void drawImage(Image image, double x, double y, double w, double h) {
        gc.drawImage(image, x, y, w, h);
    }
}
