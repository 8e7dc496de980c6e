package org.gradientlab.ui.kit.plot;

import java.util.function.DoubleFunction;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.gradientlab.ui.widgets.SeriesBuffer;

/** The data layer of a {@link CurvePlot}: lines, points, the shaded gap and the marks, through a {@link Painter}. */
final class CurveLines {
    private static final double CROSS = 5;

    private CurveLines() {}

    /**
     * Strokes the shown points of {@code curve} (dots for {@link CurveStroke#POINTS}); with
     * {@code clampTop}, values above the view are drawn at its top edge instead of leaving it.
     */
    static void paint(Painter p, PlotTransform t, CurveSet.Curve curve, Color colour, boolean clampTop) {
        curve.stroke.apply(p, colour);
        double top = t.view().yMax();
        if (curve.stroke == CurveStroke.POINTS) {
            double r = curve.stroke.width() / 2;
            for (int i = 0; i < curve.shown; i++) {
                double px = t.pixelX(curve.xs[i]);
                double py = t.pixelY(curve.ys[i]);
                if (t.containsPixel(px, py)) {
                    p.fillOval(px - r, py - r, 2 * r, 2 * r);
                }
            }
        } else {
            p.beginPath();
            boolean pen = false;
            double lastX = 0;
            double lastY = 0;
            for (int i = 0; i < curve.shown; i++) {
                double px = t.pixelX(curve.xs[i]);
                double py = t.pixelY(clampTop ? Math.min(curve.ys[i], top) : curve.ys[i]);
                boolean inside = t.containsPixel(px, py);
                if (i == 0) {
                    if (inside) {
                        p.moveTo(px, py);
                        pen = true;
                    }
                } else if (inside && pen) {
                    p.lineTo(px, py);
                } else {
                    // A segment that leaves the plot area is cut at its edge here, not by a canvas clip,
                    // which costs a mask per frame in the software pipeline.
                    double[] part = t.clip(lastX, lastY, px, py, 0);
                    pen = false;
                    if (part != null) {
                        p.moveTo(part[0], part[1]);
                        p.lineTo(part[2], part[3]);
                        pen = inside;
                    } else if (inside) {
                        p.moveTo(px, py);
                        pen = true;
                    }
                }
                lastX = px;
                lastY = py;
            }
            p.stroke();
        }
        p.setLineDashes();
        if (curve.markLast && curve.shown > 0) {
            double px = t.pixelX(curve.xs[curve.shown - 1]);
            double py = t.pixelY(curve.ys[curve.shown - 1]);
            if (t.containsPixel(px, py)) {
                p.setFill(colour);
                p.fillOval(px - 4, py - 4, 8, 8);
            }
        }
    }

    /** Fills between the shown points of {@code upper} and {@code lower}: the train–test gap. */
    static void shade(Painter p, PlotTransform t, CurveSet.Curve upper, CurveSet.Curve lower, Color colour) {
        int n = upper.shown + lower.shown;
        if (upper.shown == 0 || lower.shown == 0) {
            return;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < upper.shown; i++) {
            xs[i] = t.pixelX(upper.xs[i]);
            ys[i] = t.pixelY(upper.ys[i]);
        }
        for (int k = 0; k < lower.shown; k++) {
            int i = lower.shown - 1 - k;
            xs[upper.shown + k] = t.pixelX(lower.xs[i]);
            ys[upper.shown + k] = t.pixelY(lower.ys[i]);
        }
        p.setFill(colour);
        p.fillPolygon(xs, ys, n);
    }

    /** A ✕ where a diverged curve ends, kept inside the frame so a loss that shot off still shows it. */
    static void crossAtEnd(Painter p, PlotTransform t, CurveSet.Curve curve, Color colour) {
        if (curve.shown == 0) {
            return;
        }
        double px = t.pixelX(curve.xs[curve.shown - 1]);
        double py = t.pixelY(curve.ys[curve.shown - 1]);
        cross(p, px, Math.max(t.top() + 6, Math.min(py, t.top() + t.height() - 6)), colour, CROSS);
    }

    /**
     * For a plot whose top is clipped: a triangle at the top edge over each point above it, a ✕
     * over each NaN/∞ point, and the highest value in numbers; returns the crosses drawn.
     */
    static int clipMarks(Painter p, PlotTransform t, SeriesBuffer data, Color alarm, Font font,
                         DoubleFunction<String> peakLabel) {
        double top = t.view().yMax();
        double peak = Double.NEGATIVE_INFINITY;
        int crosses = 0;
        p.setFill(alarm);
        for (int i = 0; i < data.size(); i++) {
            double x = t.pixelX(data.x(i));
            double y = data.y(i);
            peak = Math.max(peak, y);
            if (!Double.isFinite(y)) {
                cross(p, x, t.top() + 5, alarm, CROSS - 1);
                crosses++;
            } else if (y > top) {
                p.fillPolygon(new double[] {x - 3, x + 3, x}, new double[] {t.top() + 5, t.top() + 5, t.top()}, 3);
            }
        }
        if (peak > top && Double.isFinite(peak)) {
            p.setFill(alarm);
            p.setFont(font);
            p.setTextAlign(TextAlignment.RIGHT);
            p.setTextBaseline(VPos.BOTTOM);
            p.fillText("↑ " + peakLabel.apply(peak), t.left() + t.width(), t.top() - 2);
        }
        return crosses;
    }

    static void cross(Painter p, double x, double y, Color colour, double r) {
        p.setStroke(colour);
        p.setLineWidth(2);
        p.setLineDashes();
        p.strokeLine(x - r, y - r, x + r, y + r);
        p.strokeLine(x - r, y + r, x + r, y - r);
    }
}
