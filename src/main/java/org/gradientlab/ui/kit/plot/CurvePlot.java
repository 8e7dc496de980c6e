package org.gradientlab.ui.kit.plot;

import java.util.List;
import java.util.function.DoubleFunction;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.widgets.SeriesBuffer;

/**
 * The one figure of curves against an x axis: training loss and accuracy, schedules, a
 * babysitting step's loss, the PReLU fit (docs/CHARTS.md). Curves belong to legend groups (one
 * series colour a group); clicking a legend entry, or Space on it after the arrow keys, hides
 * its group. Every point received stays (for export and the hover read-out of exact values);
 * what is drawn is min/max-decimated to about two points per pixel column. The y axis is fixed,
 * follows the data with hysteresis ({@link AxisRange}) or fits them, optionally on a log₁₀
 * scale; a curve whose run diverged ends in a ✕.
 * <p>
 * Three layers: axes and legend; data; hover read-out. A live owner appends points and calls
 * {@link #refresh()} once per frame, which decimates and repaints the data layer only (and the
 * axes when the y range moved).
 */
public class CurvePlot extends PlotCanvas {
    /** Where the legend goes. */
    public enum Legend { BELOW, RIGHT, NONE }

    /** A group colour: the plot's text colour (data points, the neutral reference). */
    public static final int NEUTRAL = -1;
    /** A group colour: the plot's guide-line colour (a reference level). */
    public static final int GUIDE = -2;

    private static final int BACK = 0;
    private static final int DATA = 1;
    private static final int HOVER = 2;

    private final I18n i18n;
    private final CurveSet set = new CurveSet();
    private final CurveLegend legend = new CurveLegend(false);
    private final BooleanProperty logY = new SimpleBooleanProperty(this, "logY");
    private final CurveRange range = new CurveRange();
    private final CurveLayout layout = new CurveLayout(this, range, logY);
    private final CurveTexts texts = new CurveTexts(this::invalidateAll);
    private Legend legendPlace = Legend.BELOW;
    private String divergedKey = "training.chart.diverged";
    private final CurveDataLayer data = new CurveDataLayer(set);
    private boolean dataChanged = true;
    private final CurvePointer pointer;
    private final CurveReadout readout;

    public CurvePlot(I18n i18n) {
        super(3);
        this.i18n = i18n;
        getStyleClass().add("curve-plot");
        setMinSize(100, 80);
        setPrefSize(500, 300);
        logY.addListener((o, was, is) -> {
            range.reset();
            changed();
        });
        readout = new CurveReadout(set, layout, logY, i18n);
        pointer = new CurvePointer(this, legend, layout, readout, HOVER);
        setFocusTraversable(true);
    }

    // --- setup ---------------------------------------------------------------------------------

    public final void setAxisNames(ObservableStringValue x, ObservableStringValue y) {
        texts.unwatch(layout.xName);
        texts.unwatch(layout.yName);
        layout.xName = texts.watch(x);
        layout.yName = texts.watch(y);
        invalidateAll();
    }

    public final void setAxisNames(String x, String y) {
        setAxisNames(CurveTexts.constant(x), CurveTexts.constant(y));
    }

    /** A bold title over the plot; with {@link #setCompact} a small centred one. */
    public final void setTitle(ObservableStringValue title) {
        layout.title = texts.watch(title);
        invalidateAll();
    }

    /** Small multiples: a small title over the plot, no legend, read-out or axis names. */
    public final void setCompact(ObservableStringValue title) {
        layout.compact = true;
        setLegend(Legend.NONE);
        setTitle(title);
    }

    /** The text in the middle of the plot while no curve has a point ("press Train"). */
    public final void setEmptyText(ObservableStringValue text) {
        layout.emptyText = texts.watch(text);
        invalidateAll();
    }

    /** A line at the bottom of the plot area that names what is drawn, when a legend would be too much. */
    public final void setNote(ObservableStringValue text) {
        layout.note = texts.watch(text);
        invalidateAll();
    }

    public final void setLegend(Legend place) {
        legendPlace = place;
        // Tab reaches a legend, whose entries the arrow keys and Space then toggle.
        setFocusTraversable(place != Legend.NONE);
        invalidateAll();
    }

    /** The key of the legend text of a diverged group ({0}: its name). */
    public final void setDivergedKey(String key) {
        divergedKey = key;
        invalidateAll();
    }

    /** About {@code count} x ticks (0: as many as fit). */
    public final void setXTicks(int count) {
        layout.xTicks = count;
        invalidateAll();
    }

    /** Fixes the x axis to [0, {@code length}] (a run's known length), so it never jumps. */
    public final void setXLength(double length) {
        setXRange(0, Math.max(length, 1));
    }

    public final void setXRange(double min, double max) {
        layout.xMin = min;
        layout.xMax = max;
        changed();
    }

    /** Fixes the y axis to [lower, upper] with ticks every {@code tickUnit} (NaN: as many as fit). */
    public final void setFixedY(double lower, double upper, double tickUnit) {
        range.fix(lower, upper, tickUnit);
        changed();
    }

    /**
     * Fits the y axis to [0, highest × {@code headroom}] of the points at x ≥ {@code tailFrom}
     * of the x axis (so the first drop of a loss can leave the frame), or [0, {@code emptyTop}]
     * before any point. On a log axis ({@link #logYProperty()}) it spans the shown points' decades instead.
     */
    public final void setFitY(double tailFrom, double headroom, double emptyTop) {
        range.fit(tailFrom, headroom, emptyTop);
        changed();
    }

    /**
     * Clips the y axis at {@code factor} × the first value, so an exploding run still shows its
     * start: points above sit at the top edge with a triangle, NaN/∞ points get a ✕, and the
     * highest value is written with {@code peakLabel}. Meant with {@link #setFitY}.
     */
    public final void setClipAbove(double factor, DoubleFunction<String> peakLabel) {
        range.clipAbove(factor);
        data.setPeakLabel(peakLabel);
        changed();
    }

    public final BooleanProperty logYProperty() {
        return logY;
    }

    // --- groups and curves --------------------------------------------------------------------

    /** A legend entry in the next series colour; returns its index. */
    public final int addGroup(ObservableStringValue name) {
        return addGroup(name, set.groups.size());
    }

    /** A legend entry in series colour {@code colour} (or {@link #NEUTRAL}, {@link #GUIDE}); a null name has no entry. */
    public final int addGroup(ObservableStringValue name, int colour) {
        set.groups.add(new CurveSet.Group(name == null ? null : texts.watch(name), colour));
        invalidateAll();
        return set.groups.size() - 1;
    }

    /** A curve fed by {@link #append} or {@link #setPoints}; returns its index. */
    public final int addCurve(int group, CurveStroke stroke) {
        set.curves.add(new CurveSet.Curve(group, stroke, new SeriesBuffer(), -1));
        changed();
        return set.curves.size() - 1;
    }

    /** A bold curve drawn as the book's smooth_curve of {@code source}; it holds no data of its own. */
    public final int addSmoothed(int group, int source) {
        set.curves.add(new CurveSet.Curve(group, CurveStroke.BOLD, null, source));
        changed();
        return set.curves.size() - 1;
    }

    /** A dot on the last point of {@code curve}: where a replay stands. */
    public final void markLast(int curve) {
        set.curves.get(curve).markLast = true;
        changed();
    }

    /** Adds a point; drawn at the next {@link #refresh()}. */
    public final void append(int curve, double x, double y) {
        set.curves.get(curve).data.add(x, y);
        dataChanged = true;
    }

    /** Replaces the points of {@code curve} with (x[i], y[i]) and redraws. */
    public final void setPoints(int curve, double[] x, double[] y) {
        SeriesBuffer data = set.curves.get(curve).data;
        data.clear();
        for (int i = 0; i < y.length; i++) {
            data.add(x[i], y[i]);
        }
        changed();
    }

    /** Shades the area between two curves (train above test accuracy: the overfitting gap). */
    public final void shadeBetween(int upperCurve, int lowerCurve) {
        data.shadeBetween(upperCurve, lowerCurve);
        invalidate(DATA);
    }

    /** Marks the group as diverged: a ✕ where its curves end and a note in the legend. */
    public final void markDiverged(int group) {
        CurveSet.Group g = set.groups.get(group);
        if (!g.diverged) {
            g.diverged = true;
            invalidateAll();
        }
    }

    public final boolean isDiverged(int group) {
        return set.groups.get(group).diverged;
    }

    public final void setGroupVisible(int group, boolean visible) {
        set.groups.get(group).visible = visible;
        range.reset();
        changed();
    }

    public final boolean isGroupVisible(int group) {
        return set.groups.get(group).visible;
    }

    /** Drops every curve and legend entry (the axes and their names stay). */
    public final void clear() {
        set.groups.forEach(group -> texts.unwatch(group.name));
        set.clear();
        legend.clear();
        range.reset();
        data.shadeBetween(-1, -1);
        pointer.clear();
        changed();
    }

    /** Redraws what changed since the last call: the owner of a live plot calls it once per frame. */
    public final void refresh() {
        if (!dataChanged) {
            return;
        }
        if (prepare()) {
            invalidate(BACK);
        }
        invalidate(DATA);
        if (pointer.hovering()) {
            invalidate(HOVER);
        }
    }

    // --- state, as tests and exports read it ---------------------------------------------------

    /** Every point received for {@code curve}; smoothed curves have none. */
    public final SeriesBuffer data(int curve) {
        return set.curves.get(curve).data;
    }

    /** The points of {@code curve} on show after decimation. */
    public final int drawnPoints(int curve) {
        return set.curves.get(curve).shown;
    }

    /** The plotted y values of {@code curve} (log₁₀ of the data on the log scale). */
    public final List<Double> drawnY(int curve) {
        return data.drawnY(curve);
    }

    /** Whether {@code curve} is painted: its group is shown and it has points on show. */
    public final boolean curveShown(int curve) {
        return data.shown(curve);
    }

    public final int curveCount() {
        return set.curves.size();
    }

    public final double yLower() {
        return range.low;
    }

    public final double yUpper() {
        return range.high;
    }

    /** The right end of the x axis. */
    public final double xUpper() {
        return layout.xMax;
    }

    /** The label of a y tick at {@code value} (log₁₀ of the data on a log axis) as the axis writes it. */
    public final String yTickLabel(double value) {
        return logY.get() ? layout.logTicks().tick(value) : Ticks.label(value, range.tick > 0 ? range.tick : 1e-3);
    }

    /** Whether the title, as last painted, was cut with an ellipsis (it wraps onto two lines first). */
    public final boolean titleCut() {
        return layout.titleCut;
    }

    /** The ✕ marks painted last time: diverged ends and NaN/∞ points of a clipped plot. */
    public final int crossesPainted() {
        return data.crosses();
    }

    /** The legend text of {@code group} as shown ("Adam ✕ diverged"). */
    public final String legendText(int group) {
        return set.label(group, i18n, divergedKey);
    }

    /** The centre of {@code group}'s legend entry in this node, or null when it has none on show. */
    public final Point2D legendEntryCentre(int group) {
        return pointer.legendEntryCentre(group);
    }

    /** The plot area as last painted (null while there is no room for one), for this package's tests. */
    final PlotTransform plotArea() {
        return layout.transform;
    }

    /** Width of the plot area in pixels. */
    public final double plotWidth() {
        return layout.transform == null ? 0 : layout.transform.width();
    }

    /**
     * Decimation buckets: one per two pixel columns of the plot, so at most one point per column
     * is drawn (min and max of each bucket), which still draws every spike.
     */
    public final int buckets() {
        double width = plotWidth();
        return Math.max(50, (int) Math.ceil((width > 0 ? width : 600) / 2));
    }

    /** The read-out at {@code displayX} pixels right of the plot area's left edge: each visible curve's nearest exact point. */
    public final String readoutAt(double displayX) {
        return readout.text(displayX);
    }

    // --- painting ------------------------------------------------------------------------------

    @Override
    protected void paintLayer(int layer, Painter p, double width, double height) {
        if (layer == BACK) {
            prepare();
            data.resetCrosses();
            layout.paintBack(p, width, height, legendPlace, legend, set.labels(i18n, divergedKey), set.named(),
                    set.empty(), legendPlace != Legend.NONE && !layout.compact);
            if (legendPlace != Legend.NONE && !legend.entries().isEmpty()) {
                legend.paint(p, this::groupColour, this::isGroupVisible, this::isDiverged, textColour(), alarmColour());
            }
        } else if (layer == DATA && layout.transform != null) {
            data.paint(p, layout.transform, range.clipped(), this::groupColour, alarmColour(), bandColour(), plotFont());
        } else if (layer == HOVER && layout.transform != null) {
            pointer.paint(p, width, height);
        }
    }

    /** Decimates and sets the y range if the data changed; returns whether the range moved. */
    private boolean prepare() {
        if (!dataChanged) {
            return false;
        }
        dataChanged = false;
        boolean log = logY.get();
        return range.update(set, set.decimate(layout.xMin, layout.xMax, buckets(), log), log, layout.xMin,
                layout.xMax);
    }

    Legend legendPlace() {
        return legendPlace;
    }

    /** The colour of {@code group}: its series colour, or the neutral text or guide colour. */
    final Color groupColour(int group) {
        int colour = set.groups.get(group).colour;
        if (colour == NEUTRAL) {
            return textColour().deriveColor(0, 1, 1, 0.55);
        }
        return colour == GUIDE ? lineColour() : seriesColour(colour);
    }

    /** The colour that says something went wrong: a diverged run, a clipped loss. */
    private Color alarmColour() {
        return seriesColour(0);
    }

    private void changed() {
        dataChanged = true;
        invalidateAll();
    }
}
