package org.gradientlab.ui.concepts.activations;

import java.util.List;
import java.util.function.Function;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.concepts.activations.ActivationPortrait;
import org.gradientlab.core.concepts.activations.FunctionCurve;
import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.concepts.activations.Region;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.PlotTransform;
import org.gradientlab.ui.kit.plot.Ticks;

/**
 * f (solid) and f′ (dashed) of the portrait on one pair of axes, saturated x shaded in the
 * theme's band colour and dead x in a faint neutral, with a legend in the corner; ELU also gets
 * its floor −α.
 */
final class FunctionPlot extends PlotCanvas {
    private static final double LEFT = 44;
    private static final double RIGHT = 12;
    private static final double TOP = 22;
    private static final double BOTTOM = 40;

    private final Function<String, String> text;
    private ActivationPortrait portrait;

    /** @param text the i18n text of a key, for the legend */
    FunctionPlot(Function<String, String> text) {
        super(1);
        this.text = text;
        getStyleClass().add("activation-plot");
        setMinSize(280, 240);
        setPrefSize(560, 300);
    }

    void show(ActivationPortrait next) {
        portrait = next;
        invalidateAll();
    }

    ActivationPortrait shown() {
        return portrait;
    }

    @Override
    protected void paintLayer(int layer, Painter gc, double width, double height) {
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        if (portrait == null || width < LEFT + RIGHT + 20 || height < TOP + BOTTOM + 20) {
            return;
        }
        FunctionCurve curve = portrait.curve();
        double[] x = curve.x();
        double low = 0;
        double high = 1;
        for (int i = 0; i < x.length; i++) {
            low = Math.min(low, Math.min(curve.value()[i], curve.slope()[i]));
            high = Math.max(high, Math.max(curve.value()[i], curve.slope()[i]));
        }
        double pad = 0.08 * (high - low);
        ViewRect view = new ViewRect(x[0], x[x.length - 1], low - pad, high + pad);
        Font font = plotFont();
        // The axis' name keeps its room under the ticks as the text grows (presentation mode).
        double below = Math.max(BOTTOM, Axes.roomBelow(font));
        PlotTransform t = new PlotTransform(view, LEFT, TOP, width - LEFT - RIGHT, height - TOP - below);

        for (Region region : portrait.regions()) {
            gc.setFill(region.kind() == Region.Kind.DEAD ? deadColour() : bandColour());
            // A region runs from sample to sample: widen it by half a step so neighbours meet.
            double half = 0.5 * (x[1] - x[0]);
            double from = t.pixelX(Math.max(x[0], region.from() - half));
            double to = t.pixelX(Math.min(x[x.length - 1], region.to() + half));
            gc.fillRect(from, t.top(), to - from, t.height());
        }
        Axes.paint(gc, t, textColour(), gridColour(), font, "x", "");
        gc.setStroke(lineColour());
        gc.setLineWidth(1);
        gc.strokeLine(t.left(), t.pixelY(0), t.left() + t.width(), t.pixelY(0));
        gc.strokeLine(t.pixelX(0), t.top(), t.pixelX(0), t.top() + t.height());

        Color valueColour = seriesColour(1);
        Color slopeColour = seriesColour(0);
        if (portrait.function() == GalleryFunction.ELU) {
            double floor = t.pixelY(-portrait.settings().eluAlpha());
            gc.setStroke(valueColour.deriveColor(0, 1, 1, 0.6));
            gc.setLineDashes(2, 3);
            gc.strokeLine(t.left(), floor, t.left() + t.width(), floor);
            gc.setLineDashes();
            gc.setFill(valueColour);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText("−α", t.left() + t.width() - 4, floor - 2);
        }
        line(gc, t, x, curve.slope(), slopeColour, true);
        line(gc, t, x, curve.value(), valueColour, false);
        edgeLabels(gc, t, font);
        legend(gc, t, font, valueColour, slopeColour);
    }

    private static void line(Painter gc, PlotTransform t, double[] x, double[] y, Color colour, boolean dashed) {
        gc.setStroke(colour);
        gc.setLineWidth(2.2);
        gc.setLineDashes(dashed ? new double[] {7, 4} : new double[0]);
        gc.beginPath();
        for (int i = 0; i < x.length; i++) {
            double px = t.pixelX(x[i]);
            double py = t.pixelY(y[i]);
            // A jump (maxout's pieces, ELU's slope at 0 with α ≠ 1) is drawn as the vertical step it is.
            if (i == 0) {
                gc.moveTo(px, py);
            } else {
                gc.lineTo(px, py);
            }
        }
        gc.stroke();
        gc.setLineDashes();
    }

    /** Where a unit passes nothing: the plot's neutral line colour, faint. */
    private Color deadColour() {
        return lineColour().deriveColor(0, 1, 1, 0.30);
    }

    /** The x where each saturated region begins, at the foot of the plot: sigmoid's ±3.64, ELU's −2.3. */
    private void edgeLabels(Painter gc, PlotTransform t, Font font) {
        double[] x = portrait.curve().x();
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        for (Region region : portrait.regions()) {
            if (region.kind() != Region.Kind.SATURATED) {
                continue;
            }
            // The inner edge: where the flat part starts, seen from x = 0.
            double edge = region.from() > x[0] ? region.from() : region.to();
            if (edge <= x[0] || edge >= x[x.length - 1]) {
                continue;
            }
            String label = Ticks.label(edge, 0.01);
            double w = Painter.textWidth(label, font) + 6;
            double h = font.getSize() * 1.3;
            double px = t.pixelX(edge);
            double bottom = t.top() + t.height() - 3;
            gc.setFill(backgroundColour().deriveColor(0, 1, 1, 0.85));
            gc.fillRect(px - w / 2, bottom - h, w, h);
            gc.setFill(textColour());
            gc.fillText(label, px, bottom);
        }
    }

    /** 0, 1 or 2: the third of the x range whose curves reach least high, where the legend hides least. */
    private int emptiestThird() {
        FunctionCurve curve = portrait.curve();
        int n = curve.x().length;
        int best = 0;
        double bestHigh = Double.POSITIVE_INFINITY;
        for (int third = 0; third < 3; third++) {
            double high = Double.NEGATIVE_INFINITY;
            for (int i = third * n / 3; i < (third + 1) * n / 3; i++) {
                high = Math.max(high, Math.max(curve.value()[i], curve.slope()[i]));
            }
            // Ties go to the left, the usual place of a legend.
            if (high < bestHigh - 1e-9) {
                bestHigh = high;
                best = third;
            }
        }
        return best;
    }

    private void legend(Painter gc, PlotTransform t, Font font, Color valueColour, Color slopeColour) {
        List<String> names = List.of(text.apply("concepts.activations.legend.value"),
                text.apply("concepts.activations.legend.slope"),
                text.apply("concepts.activations.legend.saturated"),
                text.apply("concepts.activations.legend.dead"));
        double row = font.getSize() * 1.45;
        double swatch = 22;
        double widest = 0;
        for (String name : names) {
            widest = Math.max(widest, Painter.textWidth(name, font));
        }
        double boxWidth = swatch + 14 + widest;
        double boxHeight = names.size() * row + 8;
        double left = t.left() + 8 + emptiestThird() * (t.width() - boxWidth - 16) / 2;
        double top = t.top() + 8;
        gc.setFill(backgroundColour().deriveColor(0, 1, 1, 0.86));
        gc.fillRect(left, top, boxWidth, boxHeight);
        gc.setStroke(gridColour());
        gc.strokeRect(left, top, boxWidth, boxHeight);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < names.size(); i++) {
            double y = top + 4 + row * (i + 0.5);
            double sx = left + 5;
            switch (i) {
                case 0, 1 -> {
                    gc.setStroke(i == 0 ? valueColour : slopeColour);
                    gc.setLineWidth(2.2);
                    gc.setLineDashes(i == 1 ? new double[] {7, 4} : new double[0]);
                    gc.strokeLine(sx, y, sx + swatch, y);
                    gc.setLineDashes();
                }
                default -> {
                    gc.setFill(i == 2 ? bandColour() : deadColour());
                    gc.fillRect(sx, y - row * 0.35, swatch, row * 0.7);
                }
            }
            gc.setFill(textColour());
            gc.fillText(names.get(i), sx + swatch + 6, y);
        }
    }
}
