package org.gradientlab.ui.concepts.babysitting;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.concepts.babysitting.Readout;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.PlotTransform;
import org.gradientlab.ui.kit.plot.SeriesPalette;

/**
 * A step's mini-batch loss against the update, small beside its numbers. The y axis stops at
 * {@value #CLIP} × the first loss, so an exploding run still shows its start: updates above
 * are marked at the top edge, and a NaN/∞ update with a cross.
 */
final class LossSpark extends PlotCanvas {
    static final double CLIP = 4;
    private static final double LEFT = 34;
    private static final double RIGHT = 14;
    private static final double TOP = 16;
    private static final double BOTTOM = 20;

    private final int iterations;
    private double[] losses = new double[0];
    private String xName = "";
    private String yName = "";

    /** @param iterations the step's planned updates: the x axis, fixed so the curve grows into it */
    LossSpark(int iterations) {
        super(1);
        this.iterations = iterations;
        getStyleClass().add("babysit-spark");
        setPrefSize(250, 120);
        setMinSize(250, 120);
        setMaxSize(250, 120);
    }

    void show(double[] values) {
        losses = values.clone();
        invalidateAll();
    }

    void setAxisNames(String x, String y) {
        xName = x;
        yName = y;
        invalidateAll();
    }

    /** Losses drawn (finite and under the clip), for tests reading the canvas's state. */
    int shownPoints() {
        double top = top();
        int count = 0;
        for (double loss : losses) {
            count += Double.isFinite(loss) && loss <= top ? 1 : 0;
        }
        return count;
    }

    private double top() {
        double clip = losses.length > 0 && Double.isFinite(losses[0]) ? CLIP * losses[0] : Double.POSITIVE_INFINITY;
        double top = 0;
        for (double loss : losses) {
            if (Double.isFinite(loss)) {
                top = Math.max(top, Math.min(loss, clip));
            }
        }
        // Before any data: room for a start at ln 10 ≈ 2.3.
        return top > 0 ? top * 1.08 : 2.5;
    }

    @Override
    protected void paintLayer(int layer, GraphicsContext gc, double width, double height) {
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        double top = top();
        PlotTransform t = new PlotTransform(new ViewRect(0, Math.max(1, iterations), 0, top), LEFT, TOP,
                width - LEFT - RIGHT, height - TOP - BOTTOM);
        Axes.paint(gc, t, textColour(), gridColour(), plotFont(), xName, yName);
        Color line = SeriesPalette.colour(1, backgroundColour());
        Color alarm = SeriesPalette.colour(0, backgroundColour());
        gc.setStroke(line);
        gc.setLineWidth(1.6);
        gc.beginPath();
        boolean pen = false;
        for (int i = 0; i < losses.length; i++) {
            if (!Double.isFinite(losses[i])) {
                pen = false;
                continue;
            }
            double x = t.pixelX(i + 1);
            double y = t.pixelY(Math.min(losses[i], top));
            if (pen) {
                gc.lineTo(x, y);
            } else {
                gc.moveTo(x, y);
                pen = true;
            }
        }
        gc.stroke();
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < losses.length; i++) {
            double x = t.pixelX(i + 1);
            peak = Math.max(peak, losses[i]);
            if (!Double.isFinite(losses[i])) {
                cross(gc, alarm, x, t.top() + 5);
            } else if (losses[i] > top) {
                gc.setFill(alarm);
                gc.fillPolygon(new double[] {x - 3, x + 3, x}, new double[] {t.top() + 5, t.top() + 5, t.top()}, 3);
            }
        }
        if (peak > top && Double.isFinite(peak)) {
            // The clipped peak in numbers, as the step's observed line gives it.
            gc.setFill(alarm);
            gc.setFont(plotFont());
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText("↑ " + Readout.loss(peak), t.left() + t.width(), t.top() - 2);
        }
    }

    private static void cross(GraphicsContext gc, Color colour, double x, double y) {
        gc.setStroke(colour);
        gc.setLineWidth(2);
        gc.strokeLine(x - 4, y - 4, x + 4, y + 4);
        gc.strokeLine(x - 4, y + 4, x + 4, y - 4);
    }
}
