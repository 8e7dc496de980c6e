package org.gradientlab.ui.concepts.activations;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.gradientlab.core.concepts.activations.PreluFit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;

/**
 * The PReLU mini-training as two of the kit's curve plots: left, α over the iterations so far
 * (dotted: the −1 that |x| needs, a dot at the step on show); right, the data y = |x| and the
 * neuron's ŷ(x) at that step.
 */
final class TrainingPlot extends HBox {
    private static final int CURVE_POINTS = 161;

    private final CurvePlot alphas;
    private final CurvePlot fit;
    private final int needed;
    private final int alpha;
    private final int data;
    private final int fitted;

    TrainingPlot(I18n i18n) {
        super(8);
        getStyleClass().add("activation-training-plot");
        setMinSize(300, 170);
        setPrefSize(560, 190);
        alphas = panel(i18n);
        alphas.setAxisNames(i18n.label("concepts.activations.training.axis-iteration"), constant("α"));
        alphas.setFixedY(-1.2, 0.5, Double.NaN);
        needed = alphas.addCurve(alphas.addGroup(null, CurvePlot.GUIDE), CurveStroke.DOTTED);
        alpha = alphas.addCurve(alphas.addGroup(null, 0), CurveStroke.BOLD);
        alphas.markLast(alpha);
        fit = panel(i18n);
        fit.setAxisNames(constant("x"), constant("y"));
        fit.setFixedY(-1, 2.2, Double.NaN);
        // Below the V, where no data lie.
        fit.setNote(i18n.label("concepts.activations.training.fit-legend"));
        data = fit.addCurve(fit.addGroup(null, CurvePlot.NEUTRAL), CurveStroke.POINTS);
        fitted = fit.addCurve(fit.addGroup(null, 1), CurveStroke.BOLD);
        getChildren().addAll(alphas, fit);
    }

    private static CurvePlot panel(I18n i18n) {
        CurvePlot panel = new CurvePlot(i18n);
        panel.setLegend(CurvePlot.Legend.NONE);
        panel.setMinSize(150, 170);
        panel.setPrefSize(280, 190);
        HBox.setHgrow(panel, Priority.ALWAYS);
        return panel;
    }

    /** The training and its steps up to the one on show. */
    void show(PreluFit.Result result, List<PreluFit.Step> shown) {
        if (result == null || shown.isEmpty()) {
            return;
        }
        int iterations = result.last().iteration();
        alphas.setXRange(0, iterations);
        alphas.setPoints(needed, new double[] {0, iterations}, new double[] {-1, -1});
        double[] steps = new double[shown.size()];
        double[] values = new double[shown.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = shown.get(i).iteration();
            values[i] = shown.get(i).alpha();
        }
        alphas.setPoints(alpha, steps, values);

        double[] x = result.x();
        fit.setXRange(x[0], x[x.length - 1]);
        fit.setPoints(data, x, result.target());
        double[] curveX = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            curveX[i] = x[0] + (x[x.length - 1] - x[0]) * i / (CURVE_POINTS - 1);
        }
        fit.setPoints(fitted, curveX, PreluFit.predict(shown.get(shown.size() - 1), curveX));
    }

    private static javafx.beans.value.ObservableStringValue constant(String text) {
        return Bindings.createStringBinding(() -> text);
    }
}
