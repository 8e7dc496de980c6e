package org.gradientlab.ui.concepts.ensembles;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.paint.Color;

import org.gradientlab.core.concepts.ensembles.DropoutEnsembleResult;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.widgets.MarkerShape;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotTransform;

/**
 * Dropout at test time, M on x: each masked pass alone (small dots), the mean of the first M
 * passes (line), and the book's single pass scaled by (1 − ratio) (dashed level).
 */
final class PassesChart extends AccuracyChart {
    private DropoutEnsembleResult result;

    PassesChart() {
        setId("ensembles-passes-chart");
    }

    void show(DropoutEnsembleResult value) {
        result = value;
        invalidateAll();
    }

    @Override
    protected void paintLayer(int layer, Painter gc, double width, double height) {
        if (result == null) {
            paintEmpty(gc, width, height);
            return;
        }
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        List<Double> averaged = result.averagedAccuracy();
        List<Double> single = result.singlePassAccuracy();
        List<Double> all = new ArrayList<>(averaged);
        all.addAll(single);
        all.add(result.scaledAccuracy());
        PlotTransform t = transform(0, averaged.size() + 1, all, width, height);
        Axes.paint(gc, t, textColour(), gridColour(), plotFont(), xName(), yName());
        Color singleColour = seriesColour(1);
        Color averagedColour = seriesColour(0);
        Color scaledColour = seriesColour(3);
        gc.setFill(singleColour.deriveColor(0, 1, 1, 0.55));
        for (int m = 0; m < single.size(); m++) {
            gc.fillOval(t.pixelX(m + 1) - 2.5, t.pixelY(single.get(m) * 100) - 2.5, 5, 5);
        }
        paintLevel(gc, t, result.scaledAccuracy(), scaledColour);
        paintLine(gc, t, averaged, averagedColour);
        paintLegend(gc, List.of(new Key(legend().get(0), singleColour, MarkerShape.CIRCLE, false),
                new Key(legend().get(1), averagedColour, null, false), new Key(legend().get(2), scaledColour, null, true)));
    }
}
