package org.gradientlab.ui.kit.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.widgets.SeriesBuffer;

/**
 * A scatter of points in groups (one series colour and legend entry a group) on fixed axes: the
 * hyperparameter search's trials over log₁₀ lr × log₁₀ λ. Later groups paint over earlier ones.
 * Hovering a point rings it and writes its read-out under the legend; clicking a legend entry
 * (or Space on it) hides its group. Three layers: axes and legend; points; hover.
 */
public class ScatterPlot extends PlotCanvas {
    /** The radius of a point, in pixels (a 10 px dot, as the search's scatter always had). */
    public static final double RADIUS = 5;
    /** How near the pointer must come to a point to read it out, in pixels. */
    static final double HOVER_REACH = 10;

    /** What the read-out says about point {@code index} of {@code group}. */
    @FunctionalInterface
    public interface Readout {
        String text(int group, int index);
    }

    private static final int BACK = 0;
    private static final int DATA = 1;
    private static final int HOVER = 2;
    private static final double TICK_ROOM = 10;

    private record Group(ObservableStringValue name, int colour, SeriesBuffer points, boolean[] visible) {}

    private final List<Group> groups = new ArrayList<>();
    private final CurveTexts texts = new CurveTexts(this::invalidateAll);
    private final CurveLegend legend = new CurveLegend(true);
    private ObservableStringValue xName;
    private ObservableStringValue yName;
    private ViewRect view = new ViewRect(0, 1, 0, 1);
    private double xTick = Double.NaN;
    private double yTick = Double.NaN;
    private DoubleFunction<String> xLabel;
    private DoubleFunction<String> yLabel;
    private Readout readout = (group, index) -> "";
    private PlotTransform transform;
    private double readoutY;
    private int hoverGroup = -1;
    private int hoverIndex = -1;

    public ScatterPlot() {
        super(3);
        getStyleClass().add("scatter-plot");
        setMinSize(100, 80);
        setPrefSize(400, 300);
        readout = (group, index) -> label(xLabel, points(group).x(index)) + ", " + label(yLabel, points(group).y(index));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> legend.click(e.getX(), e.getY(), this::toggle));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (legend.key(e.getCode(), this::toggle)) {
                invalidate(HOVER);
                e.consume();
            }
        });
        focusVisibleProperty().addListener((o, was, is) -> invalidate(HOVER));
        setFocusTraversable(true);
    }

    // --- setup ---------------------------------------------------------------------------------

    public final void setAxisNames(ObservableStringValue x, ObservableStringValue y) {
        texts.unwatch(xName);
        texts.unwatch(yName);
        xName = texts.watch(x);
        yName = texts.watch(y);
        invalidateAll();
    }

    /** The data rectangle shown; ticks every {@code xTick} and {@code yTick} (NaN: as many as fit). */
    public final void setView(ViewRect view, double xTick, double yTick) {
        this.view = view;
        this.xTick = xTick;
        this.yTick = yTick;
        invalidateAll();
    }

    /** How tick values read (null: plain numbers), e.g. {@link LogTicks#ticks} for log₁₀ axes. */
    public final void setTickLabels(DoubleFunction<String> x, DoubleFunction<String> y) {
        xLabel = x;
        yLabel = y;
        invalidateAll();
    }

    /** What hovering a point reads out; by default its x and y as the axes write them. */
    public final void setReadout(Readout readout) {
        this.readout = readout;
        invalidate(HOVER);
    }

    /** A legend entry and its points in series colour {@code colour}; returns its index. */
    public final int addGroup(ObservableStringValue name, int colour) {
        groups.add(new Group(texts.watch(name), colour, new SeriesBuffer(), new boolean[] {true}));
        invalidateAll();
        return groups.size() - 1;
    }

    /** Makes {@code group} hold exactly {@code points}. */
    public final void setPoints(int group, SeriesBuffer points) {
        SeriesBuffer mine = points(group);
        mine.clear();
        for (int i = 0; i < points.size(); i++) {
            mine.add(points.x(i), points.y(i));
        }
        if (hoverGroup == group && hoverIndex >= mine.size()) {
            hoverGroup = -1;
            hoverIndex = -1;
        }
        invalidate(DATA);
        invalidate(HOVER);
    }

    public final void setGroupVisible(int group, boolean visible) {
        groups.get(group).visible()[0] = visible;
        invalidateAll();
    }

    public final boolean isGroupVisible(int group) {
        return groups.get(group).visible()[0];
    }

    // --- state, as tests and exports read it ---------------------------------------------------

    public final SeriesBuffer points(int group) {
        return groups.get(group).points();
    }

    /** Where point {@code index} of {@code group} is drawn, in this node's pixels; null before layout. */
    public final Point2D pixelOf(int group, int index) {
        if (transform == null) {
            return null;
        }
        SeriesBuffer points = points(group);
        return new Point2D(transform.pixelX(points.x(index)), transform.pixelY(points.y(index)));
    }

    /** The data point under the pixel (x, y) of this node. */
    public final Point2D dataAt(double x, double y) {
        return transform == null ? null : new Point2D(transform.dataX(x), transform.dataY(y));
    }

    /** The read-out on show ("" when the pointer is on no point). */
    public final String readoutText() {
        return hoverGroup < 0 ? "" : readout.text(hoverGroup, hoverIndex);
    }

    /** The centre of {@code group}'s legend entry in this node, or null when it has none on show. */
    public final Point2D legendEntryCentre(int group) {
        for (CurveLegend.Entry entry : legend.entries()) {
            if (entry.group() == group) {
                var box = entry.box();
                return new Point2D(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2);
            }
        }
        return null;
    }

    // --- painting ------------------------------------------------------------------------------

    @Override
    protected void paintLayer(int layer, Painter p, double width, double height) {
        if (layer == BACK) {
            paintBack(p, width, height);
        } else if (layer == DATA && transform != null) {
            for (int g = 0; g < groups.size(); g++) {
                if (isGroupVisible(g)) {
                    p.setFill(seriesColour(groups.get(g).colour()));
                    SeriesBuffer points = points(g);
                    for (int i = 0; i < points.size(); i++) {
                        Point2D at = pixelOf(g, i);
                        if (transform.containsPixel(at.getX(), at.getY())) {
                            p.fillOval(at.getX() - RADIUS, at.getY() - RADIUS, 2 * RADIUS, 2 * RADIUS);
                        }
                    }
                }
            }
        } else if (layer == HOVER && transform != null) {
            if (isFocusVisible()) {
                legend.paintFocus(p, textColour());
            }
            if (hoverGroup >= 0) {
                Point2D at = pixelOf(hoverGroup, hoverIndex);
                p.setStroke(textColour());
                p.setLineWidth(2);
                p.setLineDashes();
                p.strokeOval(at.getX() - RADIUS - 3, at.getY() - RADIUS - 3, 2 * RADIUS + 6, 2 * RADIUS + 6);
                p.setFill(textColour());
                p.setFont(plotFont(FontWeight.NORMAL, 0.9));
                p.setTextAlign(TextAlignment.LEFT);
                p.setTextBaseline(VPos.TOP);
                p.fillText(readoutText(), transform.left(), readoutY + 2);
            }
        }
    }

    private void paintBack(Painter p, double width, double height) {
        p.setFill(backgroundColour());
        p.fillRect(0, 0, width, height);
        Font font = plotFont();
        double size = font.getSize();
        String x = CurveTexts.text(xName);
        String y = CurveTexts.text(yName);
        List<String> names = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String name = CurveTexts.text(groups.get(g).name());
            if (!name.isEmpty()) {
                names.add(name);
                named.add(g);
            }
        }
        double top = y.isEmpty() ? size * 0.6 : size * 1.5;
        double bottom = size * 1.3 + 6 + (x.isEmpty() ? 0 : size * 1.3) + 2;
        double left = Math.max(28, widest(yLabel, view.yMin(), view.yMax(), yTick, font) + TICK_ROOM + 6);
        double right = Math.max(14, widest(xLabel, view.xMax(), view.xMax(), xTick, font) / 2 + 3);
        double plotWidth = width - left - right;
        double legendHeight = legend.flow(names, named, font, left, height, Math.max(plotWidth, 10));
        double plotHeight = height - top - bottom - legendHeight - size * 1.5;
        if (plotWidth < 10 || plotHeight < 10) {
            transform = null;
            legend.clear();
            return;
        }
        transform = new PlotTransform(view, left, top, plotWidth, plotHeight);
        double legendTop = top + plotHeight + bottom;
        legend.flow(names, named, font, left, legendTop, plotWidth);
        readoutY = legendTop + legendHeight;
        Axes.paint(p, transform, textColour(), gridColour(), font, x, y, xTick, yTick, xLabel, yLabel);
        legend.paint(p, g -> seriesColour(groups.get(g).colour()), this::isGroupVisible, g -> false, textColour(),
                textColour());
    }

    private static double widest(DoubleFunction<String> labels, double min, double max, double tick, Font font) {
        double step = tick > 0 ? tick : Ticks.step(min, Math.max(max, min + 1e-9), 5);
        double widest = 0;
        for (double value : Ticks.values(min, Math.max(max, min + 1e-9), step)) {
            widest = Math.max(widest, Painter.textWidth(labels != null ? labels.apply(value) : Ticks.label(value, step),
                    font));
        }
        return widest;
    }

    private static String label(DoubleFunction<String> labels, double value) {
        return labels != null ? labels.apply(value) : Num.format(value);
    }

    /** The visible point nearest the pointer within {@link #HOVER_REACH} pixels, later groups first. */
    private void hover(double x, double y) {
        int group = -1;
        int index = -1;
        if (transform != null && !Double.isNaN(x)) {
            double best = HOVER_REACH * HOVER_REACH;
            for (int g = groups.size() - 1; g >= 0; g--) {
                if (!isGroupVisible(g)) {
                    continue;
                }
                for (int i = 0; i < points(g).size(); i++) {
                    Point2D at = pixelOf(g, i);
                    double d = (at.getX() - x) * (at.getX() - x) + (at.getY() - y) * (at.getY() - y);
                    if (d < best) {
                        best = d;
                        group = g;
                        index = i;
                    }
                }
            }
        }
        if (group != hoverGroup || index != hoverIndex) {
            hoverGroup = group;
            hoverIndex = index;
            invalidate(HOVER);
        }
    }

    private void toggle(int group) {
        setGroupVisible(group, !isGroupVisible(group));
    }
}
