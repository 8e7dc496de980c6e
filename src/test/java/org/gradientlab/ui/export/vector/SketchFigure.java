package org.gradientlab.ui.export.vector;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;

/**
 * A figure made of everything an export meets: a plot painting through {@link Painter} (fills,
 * grid, a dense curve, dashes, clip, an image, English and Korean text in every alignment), a
 * wrapped caption, shape nodes, a bare canvas and a button (these two go in as pixels).
 */
final class SketchFigure {
    static final String AXIS_LABEL = "학습률 (learning rate)";
    static final String TITLE = "Loss 손실";
    static final String CAPTION = "그림 1: 확률적 경사 하강법의 경로. The path of stochastic gradient descent on "
            + "f(x, y) = x²/20 + y², wrapped over several lines as the screen wraps it.";
    static final int CURVE_POINTS = 4000;

    final VBox root;
    final Plot plot = new Plot();

    SketchFigure() {
        plot.setPrefSize(420, 240);
        plot.setMinSize(420, 240);
        plot.setMaxSize(420, 240);  // the same geometry in any parent, so the point counts below hold
        Label caption = new Label(CAPTION);
        caption.setWrapText(true);
        caption.setMaxWidth(420);
        caption.setStyle("-fx-text-fill: #30343c; -fx-font-size: 13px;");
        Rectangle box = new Rectangle(60, 30, Color.web("#e69f00"));
        box.setArcWidth(12);
        box.setArcHeight(12);
        box.setStroke(Color.web("#333333"));
        Circle dot = new Circle(15, Color.web("#009e73"));
        Line rule = new Line(0, 0, 80, 20);
        rule.setStroke(Color.web("#cc79a7"));
        rule.setStrokeWidth(3);
        rule.getStrokeDashArray().setAll(6.0, 4.0);
        Canvas bare = new Canvas(60, 30);
        bare.getGraphicsContext2D().setFill(Color.web("#d55e00"));
        bare.getGraphicsContext2D().fillRect(5, 5, 50, 20);
        HBox shapes = new HBox(12, box, dot, rule, bare, new Button("OK"));
        root = new VBox(8, plot, caption, shapes);
        root.setStyle("-fx-background-color: white; -fx-padding: 10; -fx-border-color: #8796a8; -fx-border-width: 1;");
    }

    /** A two-layer plot that paints only through the drawing interface. */
    static final class Plot extends PlotCanvas {
        Plot() {
            super(2);
        }

        @Override
        protected void paintLayer(int layer, Painter p, double w, double h) {
            if (layer == 0) {
                p.setFill(Color.web("#f4f7fb"));
                p.fillRect(0, 0, w, h);
                p.drawImage(ramp(), 40, 20, w - 60, h - 60);
                p.setStroke(Color.web("#00000033"));
                p.setLineWidth(1);
                for (int i = 0; i <= 6; i++) {
                    double x = 40 + i * (w - 60) / 6;
                    p.strokeLine(x, 20, x, h - 40);
                }
                p.setFill(Color.web("#333333"));
                p.setFont(plotFont());
                p.setTextAlign(TextAlignment.CENTER);
                p.setTextBaseline(VPos.TOP);
                p.fillText(AXIS_LABEL, w / 2, h - 30);
                p.setTextAlign(TextAlignment.LEFT);
                p.setTextBaseline(VPos.CENTER);
                p.setFont(plotFont(FontWeight.BOLD, 1.2));
                p.fillText(TITLE, 44, 10);
                p.setTextAlign(TextAlignment.RIGHT);
                p.setTextBaseline(VPos.BOTTOM);
                p.setFont(plotFont());
                p.fillText("10⁻²", w - 20, h - 2);
                return;
            }
            p.save();
            p.beginPath();
            p.rect(40, 20, w - 60, h - 60);
            p.clip();
            double[] xs = new double[CURVE_POINTS];
            double[] ys = new double[CURVE_POINTS];
            for (int i = 0; i < CURVE_POINTS; i++) {
                xs[i] = 30 + i * (w - 40) / CURVE_POINTS;  // runs past the clip on both sides
                ys[i] = h / 2 - 60 * Math.sin(i * 0.004) * Math.exp(-i / 3000.0);
            }
            p.setStroke(Color.web("#0072b2"));
            p.setLineWidth(2);
            p.strokePolyline(xs, ys, CURVE_POINTS);
            p.setLineDashes(5, 3);
            p.setStroke(Color.web("#d55e00"));
            p.strokeLine(40, h / 2, w - 20, h / 2);
            p.setLineDashes();
            p.setFill(Color.web("#cc79a7b0"));
            p.fillOval(w - 90, 30, 36, 24);
            p.setFill(Color.web("#009e73"));
            p.fillPolygon(new double[] {60, 80, 70}, new double[] {40, 40, 58}, 3);
            p.restore();
            p.setStroke(Color.web("#f4f7fb"));
            p.setLineWidth(3);
            p.setFont(plotFont());
            p.setTextAlign(TextAlignment.LEFT);
            p.setTextBaseline(VPos.BASELINE);
            p.strokeText("start 시작", 90, 60);
            p.setFill(Color.web("#333333"));
            p.fillText("start 시작", 90, 60);
        }

        private static WritableImage ramp() {
            WritableImage image = new WritableImage(64, 32);
            PixelWriter pixels = image.getPixelWriter();
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 64; x++) {
                    pixels.setColor(x, y, Color.color(0.78 + 0.2 * x / 64, 0.85, 0.92 - 0.2 * y / 32));
                }
            }
            return image;
        }
    }
}
