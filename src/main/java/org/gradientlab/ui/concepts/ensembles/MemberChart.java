package org.gradientlab.ui.concepts.ensembles;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.concepts.ensembles.Member;
import org.gradientlab.ui.widgets.MarkerShape;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotTransform;
import org.gradientlab.ui.kit.plot.Ticks;

/**
 * Net k on x: its own test accuracy as a dot, the accuracy of nets 1..k averaged as a line, the
 * mean of the single nets dashed. Dots appear as the nets finish; the line when all have.
 */
final class MemberChart extends AccuracyChart {
    private int nets = 1;
    private List<Member> members = List.of();
    private List<Double> ensemble = List.of();

    MemberChart() {
        setId("ensembles-member-chart");
    }

    /** {@code ensemble}: empty until every member is in. */
    void show(int netCount, List<Member> done, List<Double> firstK) {
        nets = netCount;
        members = List.copyOf(done);
        ensemble = List.copyOf(firstK);
        invalidateAll();
    }

    List<Member> members() {
        return members;
    }

    @Override
    protected void paintLayer(int layer, Painter gc, double width, double height) {
        if (members.isEmpty()) {
            paintEmpty(gc, width, height);
            return;
        }
        gc.setFill(backgroundColour());
        gc.fillRect(0, 0, width, height);
        List<Double> all = new ArrayList<>(ensemble);
        members.forEach(m -> all.add(m.testAccuracy()));
        PlotTransform t = transform(0.5, nets + 0.5, all, width, height);
        paintAxes(gc, t);
        Color single = seriesColour(1);
        Color averaged = seriesColour(0);
        Color mean = textColour().deriveColor(0, 1, 1, 0.6);
        if (!ensemble.isEmpty()) {
            paintLevel(gc, t, members.stream().mapToDouble(Member::testAccuracy).average().orElseThrow(), mean);
            paintLine(gc, t, ensemble, averaged);
            gc.setFill(averaged);
            gc.setStroke(backgroundColour());
            gc.setLineWidth(1);
            for (int k = 0; k < ensemble.size(); k++) {
                marker(gc, MarkerShape.SQUARE, t.pixelX(k + 1), t.pixelY(ensemble.get(k) * 100), 8);
            }
        }
        gc.setFill(single);
        gc.setStroke(backgroundColour());
        gc.setLineWidth(1);
        for (Member m : members) {
            marker(gc, MarkerShape.CIRCLE, t.pixelX(m.index() + 1), t.pixelY(m.testAccuracy() * 100), 10);
        }
        paintLegend(gc, List.of(new Key(legend().get(0), single, MarkerShape.CIRCLE, false),
                new Key(legend().get(1), averaged, null, false), new Key(legend().get(2), mean, null, true)));
    }

    /** y grid and ticks in per cent; x labelled 1..N at the nets, not at round numbers. */
    private void paintAxes(Painter gc, PlotTransform t) {
        double step = Ticks.step(t.view().yMin(), t.view().yMax(), 5);
        gc.setFont(plotFont());
        gc.setLineWidth(1);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double y : Ticks.values(t.view().yMin(), t.view().yMax(), step)) {
            double py = Math.floor(t.pixelY(y)) + 0.5;
            gc.setStroke(gridColour());
            gc.strokeLine(t.left(), py, t.left() + t.width(), py);
            gc.setFill(textColour());
            gc.fillText(Ticks.label(y, step), t.left() - 5, py);
        }
        gc.setStroke(textColour());
        gc.strokeRect(Math.floor(t.left()) + 0.5, Math.floor(t.top()) + 0.5, Math.round(t.width()),
                Math.round(t.height()));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double bottom = t.top() + t.height();
        for (int k = 1; k <= nets; k++) {
            gc.fillText(Integer.toString(k), t.pixelX(k), bottom + 4);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(xName(), t.left() + t.width(), bottom + 4 + plotFont().getSize() * 1.4);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(yName(), t.left(), t.top() - 4);
    }
}
