package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import org.gradientlab.ui.widgets.SeriesBuffer;
import org.gradientlab.ui.widgets.Smoothing;
import org.gradientlab.ui.kit.text.Num;

/** From buffers to what a LineChart shows: its Data lists, smoothed curves, tick and read-out text. */
final class ChartData {
    private ChartData() {}

    /**
     * Makes {@code data} hold {@code points}, reusing its Data objects: XYChart removes items one
     * by one with a linear search each, so replacing the whole list every frame costs O(n²).
     */
    static void show(ObservableList<XYChart.Data<Number, Number>> data, SeriesBuffer points) {
        int keep = Math.min(data.size(), points.size());
        for (int i = 0; i < keep; i++) {
            XYChart.Data<Number, Number> d = data.get(i);
            if (d.getXValue().doubleValue() != points.x(i)) {
                d.setXValue(points.x(i));
            }
            if (d.getYValue().doubleValue() != points.y(i)) {
                d.setYValue(points.y(i));
            }
        }
        if (data.size() > points.size()) {
            data.remove(points.size(), data.size());
        } else if (points.size() > keep) {
            List<XYChart.Data<Number, Number>> tail = new ArrayList<>(points.size() - keep);
            for (int i = keep; i < points.size(); i++) {
                tail.add(new XYChart.Data<>(points.x(i), points.y(i)));
            }
            data.addAll(tail);
        }
    }

    static SeriesBuffer smoothed(SeriesBuffer raw) {
        double[] y = Smoothing.smooth(raw.ys());
        SeriesBuffer out = new SeriesBuffer();
        for (int i = 0; i < y.length; i++) {
            out.add(raw.x(i), y[i]);
        }
        return out;
    }

    /** Plain numbers, or 10^k (with superscript digits) while {@code logScale} says so. */
    static StringConverter<Number> tickLabels(BooleanSupplier logScale) {
        PowerOfTen log = new PowerOfTen();
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return logScale.getAsBoolean() ? log.toString(v) : Num.format(Math.abs(v) < 1e-12 ? 0 : v);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
