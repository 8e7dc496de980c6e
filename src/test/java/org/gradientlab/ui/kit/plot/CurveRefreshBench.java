package org.gradientlab.ui.kit.plot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;
import org.gradientlab.ui.widgets.SeriesBuffer;
import org.gradientlab.ui.widgets.Smoothing;

/**
 * Not a test: the training lab's live loss figure, refreshed once per frame while a run grows
 * to {@code points} iterations per series, drawn by JavaFX's LineChart (the way the lab drew it
 * up to December 2026: min/max decimation to two points per pixel column, the chart's Data
 * objects reused in place) or by {@link CurvePlot}. Four series, each a faint raw curve and a
 * bold smoothed one. Prints the FX thread's and the render thread's CPU time per frame and the
 * frame period. Run one implementation per JVM, alternating, on a real window, e.g.
 * {@code DISPLAY=:41 java -Dprism.order=sw -Djavafx.animation.fullspeed=true
 * -cp target/classes:target/test-classes:$(cat cp.txt) org.gradientlab.ui.kit.plot.CurveRefreshBench
 * canvas 20000 400} (docs/CHARTS.md).
 */
public final class CurveRefreshBench {
    private static final int SERIES = 4;

    /** One implementation of the live figure. */
    private interface Figure {
        Parent node();

        void append(int series, double x, double y);

        void refresh();
    }

    private CurveRefreshBench() {}

    public static void main(String[] args) {
        // Through a nested class: a main class that is an Application needs JavaFX on the module path.
        Application.launch(Bench.class, args);
    }

    /** The window and the frame loop. */
    public static final class Bench extends Application {
        @Override
        public void start(Stage stage) {
            run(stage, getParameters().getRaw());
        }
    }

    private static void run(Stage stage, List<String> args) {
        String kind = args.get(0);
        int points = Integer.parseInt(args.get(1));
        int frames = Integer.parseInt(args.get(2));
        Fonts.load();
        Figure figure = kind.equals("linechart") ? new LineChartFigure(points) : new CanvasFigure(points);
        Scene scene = new Scene(new StackPane(figure.node()), 1100, 700);
        new Appearance(Theme.LIGHT, 100).style(scene);
        stage.setScene(scene);
        stage.show();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fx = Thread.currentThread().threadId();
        long render = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().map(Thread::threadId).orElse(-1L);
        int perFrame = (int) Math.ceil(points / (frames + 30.0));
        new AnimationTimer() {
            private int frame = -30;
            private long startWall;
            private long startFx;
            private long startRender;
            private long last;
            private final long[] periods = new long[frames];
            private int x;

            @Override
            public void handle(long now) {
                // 30 frames to warm up the JIT and the window before measuring.
                if (frame == 0) {
                    startWall = System.nanoTime();
                    startFx = threads.getThreadCpuTime(fx);
                    startRender = render < 0 ? 0 : threads.getThreadCpuTime(render);
                }
                if (frame > 0 && frame <= frames) {
                    periods[frame - 1] = now - last;
                }
                last = now;
                if (frame == frames) {
                    stop();
                    double wall = (System.nanoTime() - startWall) / 1e6 / frames;
                    double fxCpu = (threads.getThreadCpuTime(fx) - startFx) / 1e6 / frames;
                    double renderCpu = render < 0 ? Double.NaN
                            : (threads.getThreadCpuTime(render) - startRender) / 1e6 / frames;
                    long[] sorted = periods.clone();
                    Arrays.sort(sorted);
                    System.out.printf("%s points=%d frames=%d fx_cpu_ms=%.2f render_cpu_ms=%.2f wall_ms=%.2f "
                            + "median_period_ms=%.2f%n", kind, points, frames, fxCpu, renderCpu, wall,
                            sorted[sorted.length / 2] / 1e6);
                    Platform.exit();
                    return;
                }
                // A run of `points` iterations spread over the measured frames (the warm-up frames first
                // fill a little), one batch per series per frame, then one refresh: what the lab does.
                for (int k = 0; k < perFrame && x < points; k++) {
                    x++;
                    for (int s = 0; s < SERIES; s++) {
                        figure.append(s, x, 2.3 * Math.exp(-x / (points / (2.0 + s))) + 0.05
                                + 0.1 * Math.sin(x * 0.37 + s) * Math.sin(x * 0.011));
                    }
                }
                figure.refresh();
                frame++;
            }
        }.start();
    }

    /** The kit's figure, as RunCharts builds it. */
    private static final class CanvasFigure implements Figure {
        private final CurvePlot plot;
        private final int[] raw = new int[SERIES];

        CanvasFigure(int points) {
            I18n i18n = new I18n(Language.ENGLISH);
            plot = new CurvePlot(i18n);
            plot.setAxisNames(i18n.label("training.axis.iteration"), i18n.label("training.axis.loss"));
            plot.setXTicks(5);
            plot.setXLength(points);
            for (int s = 0; s < SERIES; s++) {
                String name = "series " + s;
                int group = plot.addGroup(Bindings.createStringBinding(() -> name));
                raw[s] = plot.addCurve(group, CurveStroke.FAINT);
                plot.addSmoothed(group, raw[s]);
            }
        }

        @Override
        public Parent node() {
            return plot;
        }

        @Override
        public void append(int series, double x, double y) {
            plot.append(raw[series], x, y);
        }

        @Override
        public void refresh() {
            plot.refresh();
        }
    }

    /** The lab's former LineChart path, reduced to what a frame costs: decimate, update Data in place, range. */
    private static final class LineChartFigure implements Figure {
        private final NumberAxis xAxis = new NumberAxis();
        private final NumberAxis yAxis = new NumberAxis();
        private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
        private final List<SeriesBuffer> data = new ArrayList<>();
        private final List<XYChart.Series<Number, Number>> rawSeries = new ArrayList<>();
        private final List<XYChart.Series<Number, Number>> smoothSeries = new ArrayList<>();
        private final AxisRange range = new AxisRange();
        private boolean dirty;

        LineChartFigure(int points) {
            chart.setCreateSymbols(false);
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
            for (NumberAxis axis : List.of(xAxis, yAxis)) {
                axis.setAutoRanging(false);
                axis.setAnimated(false);
            }
            xAxis.setUpperBound(points);
            xAxis.setTickUnit(Ticks.step(0, points, 5));
            for (int s = 0; s < SERIES; s++) {
                data.add(new SeriesBuffer());
                XYChart.Series<Number, Number> raw = new XYChart.Series<>();
                XYChart.Series<Number, Number> smooth = new XYChart.Series<>();
                chart.getData().add(raw);
                chart.getData().add(smooth);
                raw.getNode().setStyle("-fx-stroke-width: 1px; -fx-opacity: 0.3;");
                smooth.getNode().setStyle("-fx-stroke-width: 2.6px;");
                rawSeries.add(raw);
                smoothSeries.add(smooth);
            }
        }

        @Override
        public Parent node() {
            return chart;
        }

        @Override
        public void append(int series, double x, double y) {
            data.get(series).add(x, y);
            dirty = true;
        }

        @Override
        public void refresh() {
            if (!dirty) {
                return;
            }
            dirty = false;
            int buckets = Math.max(50, (int) Math.ceil(Math.max(xAxis.getWidth(), 1) / 2));
            double[] span = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (int s = 0; s < SERIES; s++) {
                SeriesBuffer raw = data.get(s);
                double[] smoothed = Smoothing.smooth(raw.ys());
                SeriesBuffer smooth = new SeriesBuffer();
                for (int i = 0; i < smoothed.length; i++) {
                    smooth.add(raw.x(i), smoothed[i]);
                }
                show(rawSeries.get(s).getData(), decimate(raw, buckets, span));
                show(smoothSeries.get(s).getData(), decimate(smooth, buckets, span));
            }
            if (range.update(span[0], span[1])) {
                yAxis.setLowerBound(range.lower());
                yAxis.setUpperBound(range.upper());
                yAxis.setTickUnit(range.tickUnit());
            }
        }

        private SeriesBuffer decimate(SeriesBuffer source, int buckets, double[] span) {
            SeriesBuffer out = new SeriesBuffer();
            Decimation.decimate(source, 0, xAxis.getUpperBound(), buckets, (x, y) -> {
                out.add(x, y);
                span[0] = Math.min(span[0], y);
                span[1] = Math.max(span[1], y);
            });
            return out;
        }

        /** The former ChartData.show: reuse Data objects, since XYChart removes items with a linear search each. */
        private static void show(ObservableList<XYChart.Data<Number, Number>> list, SeriesBuffer points) {
            int keep = Math.min(list.size(), points.size());
            for (int i = 0; i < keep; i++) {
                XYChart.Data<Number, Number> d = list.get(i);
                d.setXValue(points.x(i));
                d.setYValue(points.y(i));
            }
            if (list.size() > points.size()) {
                list.remove(points.size(), list.size());
            } else {
                List<XYChart.Data<Number, Number>> tail = new ArrayList<>();
                for (int i = keep; i < points.size(); i++) {
                    tail.add(new XYChart.Data<>(points.x(i), points.y(i)));
                }
                list.addAll(tail);
            }
        }
    }
}
