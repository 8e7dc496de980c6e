package org.gradientlab.ui.concepts.activations;

import java.util.List;
import java.util.function.Function;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.concepts.activations.PreluFit;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.PlotTransform;
import org.gradientlab.ui.kit.plot.SeriesPalette;

/**
 * The PReLU mini-training as two panels: left, α over the iterations so far (dotted: the −1
 * that |x| needs); right, the data y = |x| and the neuron's ŷ(x) at the step on show.
 */
final class TrainingPlot extends PlotCanvas {
    private static final double GAP = 56;
    private static final double LEFT = 44;
    private static final double RIGHT = 14;
    private static final double TOP = 22;
    private static final double BOTTOM = 40;
    private static final int CURVE_POINTS = 161;

    private final Function<String, String> text;
    private PreluFit.Result result;
    private List<PreluFit.Step> steps = List.of();

    TrainingPlot(Function<String, String> text) {
        super(1);
        this.text = text;
        getStyleClass().add("activation-training-plot");
        setMinSize(300, 170);
        setPrefSize(560, 190);
    }

    /** The training and its steps up to the one on show. */
    void show(PreluFit.Result next, List<PreluFit.Step> shown) {
        result = next;
        steps = shown;
        invalidateAll();
    }

    @Override
    protected void paintLayer(int layer, GraphicsContext gc, double width, double height) {
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        double panel = (width - 2 * LEFT - GAP - RIGHT) / 2;
        if (result == null || steps.isEmpty() || panel < 40 || height < TOP + BOTTOM + 20) {
            return;
        }
        Font font = plotFont();
        Color line = SeriesPalette.colour(1, backgroundColour());
        Color accent = SeriesPalette.colour(0, backgroundColour());

        int iterations = result.last().iteration();
        PlotTransform alphas = new PlotTransform(new ViewRect(0, iterations, -1.2, 0.5), LEFT, TOP, panel,
                height - TOP - BOTTOM);
        Axes.paint(gc, alphas, textColour(), gridColour(), font,
                text.apply("concepts.activations.training.axis-iteration"), "α");
        gc.setStroke(lineColour());
        gc.setLineWidth(1);
        gc.setLineDashes(2, 3);
        gc.strokeLine(alphas.left(), alphas.pixelY(-1), alphas.left() + alphas.width(), alphas.pixelY(-1));
        gc.setLineDashes((double[]) null);
        gc.setStroke(accent);
        gc.setLineWidth(2.2);
        gc.beginPath();
        for (PreluFit.Step step : steps) {
            double px = alphas.pixelX(step.iteration());
            double py = alphas.pixelY(step.alpha());
            if (step.iteration() == 0) {
                gc.moveTo(px, py);
            } else {
                gc.lineTo(px, py);
            }
        }
        gc.stroke();
        PreluFit.Step now = steps.get(steps.size() - 1);
        gc.setFill(accent);
        gc.fillOval(alphas.pixelX(now.iteration()) - 4, alphas.pixelY(now.alpha()) - 4, 8, 8);

        double[] x = result.x();
        PlotTransform fit = new PlotTransform(new ViewRect(x[0], x[x.length - 1], -1, 2.2),
                2 * LEFT + panel + GAP, TOP, panel, height - TOP - BOTTOM);
        Axes.paint(gc, fit, textColour(), gridColour(), font, "x", "y");
        gc.setFill(textColour().deriveColor(0, 1, 1, 0.55));
        for (int i = 0; i < x.length; i++) {
            gc.fillOval(fit.pixelX(x[i]) - 2.5, fit.pixelY(result.target()[i]) - 2.5, 5, 5);
        }
        double[] curveX = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            curveX[i] = x[0] + (x[x.length - 1] - x[0]) * i / (CURVE_POINTS - 1);
        }
        double[] fitted = PreluFit.predict(now, curveX);
        gc.setStroke(line);
        gc.setLineWidth(2.2);
        gc.beginPath();
        for (int i = 0; i < CURVE_POINTS; i++) {
            double[] clipped = i == 0 ? null : fit.clip(fit.pixelX(curveX[i - 1]), fit.pixelY(fitted[i - 1]),
                    fit.pixelX(curveX[i]), fit.pixelY(fitted[i]), 0);
            if (clipped != null) {
                gc.moveTo(clipped[0], clipped[1]);
                gc.lineTo(clipped[2], clipped[3]);
            }
        }
        gc.stroke();
        gc.setFill(textColour());
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        // Below the V, where no data lie.
        gc.fillText(text.apply("concepts.activations.training.fit-legend"), fit.left() + fit.width() / 2,
                fit.top() + fit.height() - 4);
    }
}
