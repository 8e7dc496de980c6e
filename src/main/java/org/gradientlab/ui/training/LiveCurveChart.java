package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.widgets.SeriesBuffer;
import org.gradientlab.ui.kit.plot.Ticks;
import org.gradientlab.ui.kit.text.Num;

/**
 * A live chart of training curves on a JavaFX LineChart (docs/CHARTS.md). Every point stays in
 * a {@link SeriesBuffer} (for export); the chart gets a min/max-decimated view of at most two
 * points per pixel column, rebuilt by {@link #refresh()} (the owner calls it once per frame).
 * Curves belong to legend groups (one colour per group); clicking a legend entry hides the
 * group. The x axis spans the run's known length; the y axis follows the data with hysteresis,
 * optionally on log₁₀ scale with 10^k labels. Hovering the plot reads out the exact nearest value.
 */
public final class LiveCurveChart {
    /** How a curve is drawn: the book's loss plots use a faint raw line under a bold smoothed one. */
    public enum Stroke { PLAIN, FAINT, BOLD, DASHED }

    private static final int COLORS = 8;

    private final I18n i18n;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final CurveLineChart chart = new CurveLineChart(xAxis, yAxis);
    private final FlowPane legend = new FlowPane();
    private final Label readout = new Label(" ");
    private final VBox view;
    private final BooleanProperty logY = new SimpleBooleanProperty(this, "logY");
    private final AxisRange yRange = new AxisRange();
    private final List<Group> groups = new ArrayList<>();
    private final List<Curve> curves = new ArrayList<>();
    private final String xLabelKey;
    private boolean dirty;
    private boolean fixedY;
    private boolean refreshQueued;

    private static final class Group {
        final ObservableStringValue name;
        final Label entry;
        final int color;
        boolean visible = true;
        boolean diverged;

        Group(ObservableStringValue name, Label entry, int color) {
            this.name = name;
            this.entry = entry;
            this.color = color;
        }
    }

    private static final class Curve {
        final int group;
        final Stroke stroke;
        final SeriesBuffer data;
        final int smoothedFrom;
        final XYChart.Series<Number, Number> series = new XYChart.Series<>();

        Curve(int group, Stroke stroke, SeriesBuffer data, int smoothedFrom) {
            this.group = group;
            this.stroke = stroke;
            this.data = data;
            this.smoothedFrom = smoothedFrom;
        }
    }

    /**
     * @param xLabelKey i18n key of the x axis ("iteration", "epoch")
     * @param yLabelKey i18n key of the y axis
     */
    public LiveCurveChart(I18n i18n, String xLabelKey, String yLabelKey) {
        this.i18n = i18n;
        this.xLabelKey = xLabelKey;
        xAxis.labelProperty().bind(i18n.label(xLabelKey));
        yAxis.labelProperty().bind(i18n.label(yLabelKey));
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        xAxis.setAnimated(false);
        yAxis.setAnimated(false);
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        setXLength(1);
        // Until data arrive: a loss or accuracy scale, not NumberAxis's 0–100.
        yAxis.setLowerBound(0);
        yAxis.setUpperBound(1);
        yAxis.setTickUnit(0.2);
        yAxis.setTickLabelFormatter(ChartData.tickLabels(logY::get));
        logY.addListener((o, was, is) -> {
            yRange.reset();
            markDirty();
        });
        xAxis.widthProperty().addListener((o, was, is) -> markDirty());

        legend.getStyleClass().add("curve-legend");
        readout.getStyleClass().add("curve-readout");
        readout.setMinHeight(Region.USE_PREF_SIZE);
        chart.addEventHandler(MouseEvent.MOUSE_MOVED,
                e -> showReadout(xAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getX()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.setText(" "));
        VBox.setVgrow(chart, Priority.ALWAYS);
        view = new VBox(chart, legend, readout);
        view.getStyleClass().add("live-chart");
    }

    public Node view() {
        return view;
    }

    /** Small multiples: no legend, read-out or axis labels, a title over the plot. */
    public void setCompact(ObservableStringValue title) {
        legend.setManaged(false);
        legend.setVisible(false);
        readout.setManaged(false);
        readout.setVisible(false);
        xAxis.labelProperty().unbind();
        yAxis.labelProperty().unbind();
        xAxis.setLabel(null);
        yAxis.setLabel(null);
        chart.titleProperty().bind(title);
        view.getStyleClass().add("small-multiple");
    }

    /** Fixes the y axis to [lower, upper] (accuracies: [0, 1]). */
    public void setFixedY(double lower, double upper, double tickUnit) {
        fixedY = true;
        yAxis.setLowerBound(lower);
        yAxis.setUpperBound(upper);
        yAxis.setTickUnit(tickUnit);
    }

    public BooleanProperty logYProperty() {
        return logY;
    }

    /** Fixes the x axis to [0, {@code length}] (the run's known length), so it never jumps. */
    public void setXLength(double length) {
        double upper = Math.max(length, 1);
        xAxis.setLowerBound(0);
        xAxis.setUpperBound(upper);
        xAxis.setTickUnit(Ticks.step(0, upper, AxisRange.TARGET_TICKS));
        markDirty();
    }

    /** A legend entry with the next colour; returns its index. */
    public int addGroup(ObservableStringValue name) {
        int index = groups.size();
        Line swatch = new Line(0, 0, 18, 0);
        swatch.getStyleClass().add("curve-swatch");
        swatch.setStyle(strokeStyle(index % COLORS));
        Label entry = new Label();
        entry.textProperty().bind(name);
        entry.setGraphic(swatch);
        entry.getStyleClass().add("curve-legend-entry");
        entry.setId("legend-" + index);
        Group group = new Group(name, entry, index % COLORS);
        entry.setOnMouseClicked(e -> setGroupVisible(index, !group.visible));
        groups.add(group);
        legend.getChildren().add(entry);
        return index;
    }

    /** A curve fed by {@link #append}; returns its index. */
    public int addCurve(int group, Stroke stroke) {
        return add(new Curve(group, stroke, new SeriesBuffer(), -1));
    }

    /** A curve drawn as the book's smooth_curve of {@code source}; it holds no data of its own. */
    public int addSmoothed(int group, int source) {
        return add(new Curve(group, Stroke.BOLD, null, source));
    }

    /** Modena's chart palette, a looked-up colour, so every theme recolours it. */
    private static String strokeStyle(int color) {
        return "-fx-stroke: CHART_COLOR_" + (color + 1) + ";";
    }

    private int add(Curve curve) {
        curves.add(curve);
        chart.getData().add(curve.series);
        Node line = curve.series.getNode();
        line.getStyleClass().addAll("curve-" + curve.stroke.name().toLowerCase(Locale.ROOT),
                "curve-group-" + curve.group);
        // Inline, because LineChart re-assigns its default-colorN classes when series come and go.
        line.setStyle(strokeStyle(groups.get(curve.group).color));
        line.setMouseTransparent(true);
        line.setVisible(groups.get(curve.group).visible);
        return curves.size() - 1;
    }

    /** Shades the area between two curves (train above test accuracy: the overfitting gap). */
    public void shadeBetween(int upperCurve, int lowerCurve) {
        chart.shadeBetween(curves.get(upperCurve).series, curves.get(lowerCurve).series);
    }

    public void append(int curve, double x, double y) {
        curves.get(curve).data.add(x, y);
        dirty = true;
    }

    /** Marks the group's series as diverged: a "✕" where it ended and a note in the legend. */
    public void markDiverged(int group) {
        Group g = groups.get(group);
        if (g.diverged) {
            return;
        }
        g.diverged = true;
        g.entry.textProperty().bind(i18n.label("training.chart.diverged", g.name));
        g.entry.getStyleClass().add("curve-legend-diverged");
        for (Curve curve : curves) {
            if (curve.group == group && curve.data != null) {
                chart.markDiverged(curve.series);
            }
        }
    }

    public boolean isDiverged(int group) {
        return groups.get(group).diverged;
    }

    public void setGroupVisible(int group, boolean visible) {
        Group g = groups.get(group);
        g.visible = visible;
        g.entry.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("off"), !visible);
        for (Curve curve : curves) {
            if (curve.group == group) {
                curve.series.getNode().setVisible(visible);
            }
        }
        yRange.reset();
        markDirty();
    }

    public boolean isGroupVisible(int group) {
        return groups.get(group).visible;
    }

    /** Every point received for {@code curve}, for export; smoothed curves have none. */
    public SeriesBuffer data(int curve) {
        return curves.get(curve).data;
    }

    /** Points currently handed to the chart for {@code curve}. */
    public int drawnPoints(int curve) {
        return curves.get(curve).series.getData().size();
    }

    /** The plotted y values of {@code curve} (log₁₀ of the data on the log scale). */
    public List<Double> drawnY(int curve) {
        return curves.get(curve).series.getData().stream().map(d -> d.getYValue().doubleValue()).toList();
    }

    public double yLower() {
        return yAxis.getLowerBound();
    }

    public double yUpper() {
        return yAxis.getUpperBound();
    }

    /** Drops every curve and legend entry. */
    public void clear() {
        chart.clearMarks();
        chart.shadeBetween(null, null);
        chart.getData().clear();
        curves.clear();
        groups.clear();
        legend.getChildren().clear();
        yRange.reset();
        readout.setText(" ");
    }

    /** Width of the plot area in pixels (the x axis' length). */
    public double plotWidth() {
        return xAxis.getWidth();
    }

    /**
     * Decimation buckets: one per two pixel columns of the plot, so the chart gets at most one
     * point per column (min and max of each bucket), which still draws every spike.
     */
    public int buckets() {
        double width = plotWidth();
        return Math.max(50, (int) Math.ceil((width > 0 ? width : 600) / 2));
    }

    /** Rebuilds the drawn views from the buffers when anything changed; call once per frame. */
    public void refresh() {
        if (!dirty) {
            return;
        }
        dirty = false;
        boolean log = logY.get();
        int buckets = buckets();
        double lower = xAxis.getLowerBound();
        double upper = xAxis.getUpperBound();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Curve curve : curves) {
            SeriesBuffer source = curve.data != null ? curve.data : ChartData.smoothed(curves.get(curve.smoothedFrom).data);
            SeriesBuffer points = new SeriesBuffer();
            boolean counts = groups.get(curve.group).visible;
            Decimation.decimate(source, lower, upper, buckets, (x, y) -> {
                double shown = log ? Math.log10(y) : y;
                if (Double.isFinite(shown)) {
                    points.add(x, shown);
                    if (counts) {
                        range[0] = Math.min(range[0], shown);
                        range[1] = Math.max(range[1], shown);
                    }
                }
            });
            ChartData.show(curve.series.getData(), points);
        }
        if (!fixedY && yRange.update(range[0], range[1])) {
            yAxis.setLowerBound(yRange.lower());
            yAxis.setUpperBound(yRange.upper());
            yAxis.setTickUnit(log ? Math.max(yRange.tickUnit(), 0.5) : yRange.tickUnit());
        }
    }

    private void markDirty() {
        dirty = true;
        // A resize or toggle outside a drain: refresh on the next pulse, once.
        if (!refreshQueued) {
            refreshQueued = true;
            Platform.runLater(() -> {
                refreshQueued = false;
                refresh();
            });
        }
    }

    /** The read-out text for the plot position {@code displayX}; also what hovering shows. */
    String readoutAt(double displayX) {
        double x = xAxis.getValueForDisplay(displayX).doubleValue();
        StringJoiner text = new StringJoiner("   ");
        for (Curve curve : curves) {
            Group group = groups.get(curve.group);
            if (curve.data == null || !group.visible) {
                continue;
            }
            int nearest = curve.data.nearest(x);
            if (nearest >= 0) {
                text.add(i18n.text("training.chart.readout", group.name.get(), i18n.text(xLabelKey),
                        Num.format(curve.data.x(nearest)), Num.format(curve.data.y(nearest))));
            }
        }
        return text.toString();
    }

    private void showReadout(double displayX) {
        String text = readoutAt(displayX);
        readout.setText(text.isEmpty() ? " " : text);
    }

}
