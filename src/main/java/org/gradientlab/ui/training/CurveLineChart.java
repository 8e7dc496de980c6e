package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;

/**
 * A LineChart (no symbols, no animation) that can shade the area between two of its series
 * (the train–test gap) and put a marker at the end of a diverged series. Both are laid out with
 * the axes' own data→pixel mapping, so they follow every resize and range change.
 */
final class CurveLineChart extends LineChart<Number, Number> {
    private final Polygon gap = new Polygon();
    private XYChart.Series<Number, Number> gapUpper;
    private XYChart.Series<Number, Number> gapLower;
    private final List<XYChart.Series<Number, Number>> divergedSeries = new ArrayList<>();
    private final List<Text> divergedMarks = new ArrayList<>();

    CurveLineChart(NumberAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis);
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(false);
        setAxisSortingPolicy(SortingPolicy.NONE);
        gap.getStyleClass().add("curve-gap");
        gap.setManaged(false);
        gap.setMouseTransparent(true);
    }

    /** Shades between {@code upper} and {@code lower} (both series of this chart), or nothing when null. */
    void shadeBetween(XYChart.Series<Number, Number> upper, XYChart.Series<Number, Number> lower) {
        gapUpper = upper;
        gapLower = lower;
        ObservableList<Node> plot = getPlotChildren();
        if (upper != null && !plot.contains(gap)) {
            plot.add(0, gap);
        } else if (upper == null) {
            plot.remove(gap);
        }
        requestLayout();
    }

    /** Puts a "✕" at the last point of {@code series}; the style class says why. */
    void markDiverged(XYChart.Series<Number, Number> series) {
        Text mark = new Text("✕");
        mark.getStyleClass().add("curve-diverged-mark");
        mark.setManaged(false);
        divergedSeries.add(series);
        divergedMarks.add(mark);
        getPlotChildren().add(mark);
        requestLayout();
    }

    void clearMarks() {
        getPlotChildren().removeAll(divergedMarks);
        divergedSeries.clear();
        divergedMarks.clear();
    }


    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        if (gapUpper != null) {
            List<Double> points = new ArrayList<>();
            boolean visible = gapUpper.getNode() != null && gapUpper.getNode().isVisible()
                    && gapLower.getNode() != null && gapLower.getNode().isVisible();
            if (visible) {
                addDisplayPoints(gapUpper.getData(), x, y, points, false);
                addDisplayPoints(gapLower.getData(), x, y, points, true);
            }
            gap.getPoints().setAll(points);
        }
        for (int i = 0; i < divergedMarks.size(); i++) {
            List<XYChart.Data<Number, Number>> data = divergedSeries.get(i).getData();
            Text mark = divergedMarks.get(i);
            mark.setVisible(!data.isEmpty());
            if (!data.isEmpty()) {
                XYChart.Data<Number, Number> last = data.get(data.size() - 1);
                double px = x.getDisplayPosition(last.getXValue());
                double py = y.getDisplayPosition(last.getYValue());
                mark.relocate(px - mark.getLayoutBounds().getWidth() / 2, py - mark.getLayoutBounds().getHeight() / 2);
            }
        }
    }

    private static void addDisplayPoints(List<XYChart.Data<Number, Number>> data, NumberAxis x, NumberAxis y,
                                         List<Double> into, boolean reversed) {
        int n = data.size();
        for (int k = 0; k < n; k++) {
            XYChart.Data<Number, Number> d = data.get(reversed ? n - 1 - k : k);
            into.add(x.getDisplayPosition(d.getXValue()));
            into.add(y.getDisplayPosition(d.getYValue()));
        }
    }
}
