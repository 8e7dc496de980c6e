package org.gradientlab.ui.concepts.schedules;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.PlotTransform;
import org.gradientlab.ui.kit.plot.SeriesPalette;

/**
 * Curves overlaid on one pair of axes, each in its {@link SeriesPalette} colour, with a legend
 * in the top-right corner and a title above. Points outside the view are clipped, so a loss
 * that explodes leaves the frame at the top as in the lecture's sketch; a curve that ended
 * with a NaN or infinite loss gets a ✕ at its last point and "diverged" in the legend.
 */
final class CurveFigure extends PlotCanvas {
    private static final double LEFT = 52;
    private static final double RIGHT = 14;
    // Room for the title and, under it, the y axis' name.
    private static final double TOP = 44;
    private static final double BOTTOM = 40;
    // At least this wide, so figures stacked on one page keep their x axes aligned.
    private static final double MIN_LEGEND = 260;

    /**
     * One curve: point i at (x[i], y[i]); its legend label is the i18n text of {@code labelKey}
     * with {@code labelValue} as {0}; {@code colour} is its {@link SeriesPalette} index;
     * {@code finalLoss}, when not NaN, is added to the legend (the run's last 100 losses' mean).
     */
    record Curve(String labelKey, double labelValue, int colour, double[] x, double[] y, boolean diverged,
                 double finalLoss) {}

    private final I18n i18n;
    private final String titleKey;
    private final String xKey;
    private final String yKey;
    private List<Curve> curves = List.of();
    private double xMax = 1;
    private double yMin = 0;
    private double yMax = Double.NaN;
    private String emptyKey;
    private double tailFrom;

    /** @param yMax the top of the y axis, or NaN to fit the data */
    CurveFigure(I18n i18n, String titleKey, String xKey, String yKey, double yMax) {
        super(1);
        this.i18n = i18n;
        this.titleKey = titleKey;
        this.xKey = xKey;
        this.yKey = yKey;
        this.yMax = yMax;
        getStyleClass().add("schedule-figure");
        setMinSize(260, 180);
        setPrefSize(520, 250);
        i18n.languageProperty().addListener((o, was, is) -> invalidateAll());
    }

    /** A line shown in the middle of the plot while no curve has a point ("press Train"). */
    void setEmptyText(String key) {
        emptyKey = key;
        invalidateAll();
    }

    void show(List<Curve> value, double xLength) {
        curves = List.copyOf(value);
        xMax = Math.max(1, xLength);
        invalidateAll();
    }

    List<Curve> curves() {
        return curves;
    }

    /**
     * Fits the y axis to the points past {@code fraction} of the x axis, so the first drop of a
     * loss leaves the frame and the differences late in training fill it.
     */
    void zoomToTail(double fraction) {
        tailFrom = fraction;
        invalidateAll();
    }

    /** The y range on show: [0, the fixed top or the highest point (of the tail) × 1.05]. */
    double[] yRange() {
        double top = yMax;
        if (Double.isNaN(top)) {
            top = 0;
            for (Curve curve : curves) {
                for (int i = 0; i < curve.y().length; i++) {
                    double y = curve.y()[i];
                    if (Double.isFinite(y) && curve.x()[i] >= tailFrom * xMax) {
                        top = Math.max(top, y);
                    }
                }
            }
            // The headroom must not overflow: the form accepts any finite α0, up to Double.MAX_VALUE.
            top = top > 0 ? Math.min(top * 1.05, Double.MAX_VALUE) : 1;
        }
        return new double[] {yMin, top};
    }

    @Override
    protected void paintLayer(int layer, GraphicsContext gc, double width, double height) {
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        if (width <= LEFT + RIGHT + 10 || height <= TOP + BOTTOM + 10) {
            return;
        }
        // The legend sits right of the plot, so it never hides where the curves end.
        List<String> labels = legendLabels();
        double legendWidth = labels.isEmpty() ? 0
                : Math.max(MIN_LEGEND, labels.stream().mapToDouble(this::textWidth).max().orElse(0) + 36);
        if (width - LEFT - RIGHT - legendWidth < 80) {
            legendWidth = 0;
        }
        double[] y = yRange();
        PlotTransform t = new PlotTransform(new ViewRect(0, xMax, y[0], y[1]), LEFT, TOP,
                width - LEFT - RIGHT - legendWidth, height - TOP - BOTTOM);
        Axes.paint(gc, t, textColour(), gridColour(), plotFont(), i18n.text(xKey), i18n.text(yKey));
        gc.setFill(textColour());
        gc.setFont(plotFont(FontWeight.BOLD, 1.1));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(i18n.text(titleKey), 4, 2);

        if (emptyKey != null && curves.stream().allMatch(c -> c.y().length == 0)) {
            gc.setFont(plotFont());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(i18n.text(emptyKey), t.left() + t.width() / 2, t.top() + t.height() / 2);
        }
        gc.save();
        gc.beginPath();
        gc.rect(t.left(), t.top(), t.width(), t.height());
        gc.clip();
        for (Curve curve : curves) {
            paintCurve(gc, t, curve);
        }
        gc.restore();
        if (legendWidth > 0) {
            paintLegend(gc, labels, t.left() + t.width() + RIGHT, t.top());
        }
    }

    private void paintCurve(GraphicsContext gc, PlotTransform t, Curve curve) {
        Color colour = SeriesPalette.colour(curve.colour(), backgroundColour());
        gc.setStroke(colour);
        gc.setLineWidth(2);
        double[] xs = curve.x();
        double[] ys = curve.y();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < ys.length; i++) {
            if (!Double.isFinite(ys[i])) {
                break;
            }
            double px = t.pixelX(xs[i]);
            double py = t.pixelY(ys[i]);
            if (i > 0 && !Double.isNaN(lastX)) {
                double[] segment = t.clip(lastX, lastY, px, py, 4);
                if (segment != null) {
                    gc.strokeLine(segment[0], segment[1], segment[2], segment[3]);
                }
            }
            lastX = px;
            lastY = py;
        }
        if (curve.diverged() && !Double.isNaN(lastX)) {
            double cy = Math.max(t.top() + 6, Math.min(lastY, t.top() + t.height() - 6));
            gc.strokeLine(lastX - 5, cy - 5, lastX + 5, cy + 5);
            gc.strokeLine(lastX - 5, cy + 5, lastX + 5, cy - 5);
        }
    }

    private double textWidth(String text) {
        Text measure = new Text(text);
        measure.setFont(plotFont());
        return measure.getLayoutBounds().getWidth();
    }

    /** The legend's lines: each curve's label, "diverged" added where it diverged. */
    private List<String> legendLabels() {
        List<String> labels = new ArrayList<>();
        for (Curve curve : curves) {
            String label = i18n.text(curve.labelKey(), curve.labelValue());
            if (curve.diverged()) {
                label = i18n.text("concepts.schedules.legend.diverged", label);
            } else if (!Double.isNaN(curve.finalLoss())) {
                label = i18n.text("concepts.schedules.legend.final", label, curve.finalLoss());
            }
            labels.add(label);
        }
        return labels;
    }

    private void paintLegend(GraphicsContext gc, List<String> labels, double x, double y) {
        gc.setFont(plotFont());
        double line = plotFont().getSize() * 1.5;
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < labels.size(); i++) {
            double cy = y + line * (i + 0.5);
            gc.setStroke(SeriesPalette.colour(curves.get(i).colour(), backgroundColour()));
            gc.setLineWidth(2.5);
            gc.strokeLine(x, cy, x + 20, cy);
            gc.setFill(textColour());
            gc.fillText(labels.get(i), x + 26, cy);
        }
    }
}
