package org.gradientlab.ui.concepts.preprocessing;

import java.util.function.IntConsumer;

import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

import org.gradientlab.core.concepts.preprocessing.Moments;
import org.gradientlab.core.concepts.preprocessing.StageResult;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.PlotTransform;

/**
 * One stage's points on equal x and y scales (a square plot area, so the eigenvector arrows
 * meet at right angles), with the eigenvectors of its covariance drawn from the mean as arrows
 * of length √eigenvalue. Layer 0 is the cloud, layer 1 the hovered point.
 */
final class CloudPanel extends PlotCanvas {
    private static final double LEFT = 38;
    private static final double RIGHT = 8;
    private static final double TOP = 8;
    private static final double BOTTOM = 22;
    /** A point is under the cursor within this many pixels. */
    private static final double PICK_RADIUS = 8;
    /** A drag adds a point each time the cursor has moved this far from the last one. */
    private static final double DRAG_SPACING = 12;
    // Series of the theme's palette (-gl-series-N, counted from 0 here), so each theme picks the shade.
    // The points take the sky blue: the yellow that stands for blue on dark grounds hides the orange arrow.
    private static final int POINTS = 2;
    private static final int HOVER = 0;
    private static final int FIRST_AXIS = 5;
    private static final int SECOND_AXIS = 3;

    private StageResult stage;
    private ViewRect view = new ViewRect(-1, 1, -1, 1);
    private ViewRect latestView = view;
    private int hovered = -1;
    private boolean dragging;
    private double lastAddX;
    private double lastAddY;

    CloudPanel() {
        super(2);
        getStyleClass().add("prep-cloud-panel");
        setMinSize(120, 120);
        setPrefWidth(220);
    }

    /** Width decides height: the plot area is square, so the panel is as tall as it is wide. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return width < 0 ? super.computePrefHeight(width) : Math.max(getMinHeight(), width - LEFT - RIGHT + TOP + BOTTOM);
    }

    /** Shows {@code result} in {@code frame}; while a drag adds points the frame stays put under the cursor. */
    void show(StageResult result, ViewRect frame) {
        stage = result;
        latestView = frame;
        if (!dragging) {
            view = frame;
        }
        invalidateAll();
    }

    /** The ringed point, −1 for none. */
    int hovered() {
        return hovered;
    }

    /** The node-pixel position of point {@code index} of the stage shown. */
    Point2D pixelOf(int index) {
        PlotTransform t = transform();
        return new Point2D(t.pixelX(stage.xs()[index]), t.pixelY(stage.ys()[index]));
    }

    void setHovered(int index) {
        if (index != hovered) {
            hovered = index;
            invalidate(1);
        }
    }

    /** Reports the index of the point under the cursor (or −1) as the mouse moves over the panel. */
    void onHover(IntConsumer hover) {
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover.accept(pointAt(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover.accept(pointAt(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.accept(-1));
    }

    /**
     * Makes the panel editable: a primary click or drag adds points at the cursor (in data
     * coordinates), a secondary click removes the point under it.
     */
    void onEdit(PointSink add, IntConsumer remove) {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            PlotTransform t = transform();
            if (!t.containsPixel(e.getX(), e.getY())) {
                return;
            }
            if (e.getButton() == MouseButton.SECONDARY) {
                int index = pointAt(e.getX(), e.getY());
                if (index >= 0) {
                    remove.accept(index);
                }
            } else if (e.getButton() == MouseButton.PRIMARY) {
                dragging = true;
                lastAddX = e.getX();
                lastAddY = e.getY();
                add.add(t.dataX(e.getX()), t.dataY(e.getY()));
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            PlotTransform t = transform();
            if (dragging && t.containsPixel(e.getX(), e.getY())
                    && Math.hypot(e.getX() - lastAddX, e.getY() - lastAddY) >= DRAG_SPACING) {
                lastAddX = e.getX();
                lastAddY = e.getY();
                add.add(t.dataX(e.getX()), t.dataY(e.getY()));
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging) {
                dragging = false;
                view = latestView;
                invalidateAll();
            }
        });
    }

    @FunctionalInterface
    interface PointSink {
        void add(double x, double y);
    }

    /** The index of the point within the pick radius of pixel (px, py), nearest first, or −1. */
    int pointAt(double px, double py) {
        if (stage == null || !stage.hasPoints()) {
            return -1;
        }
        PlotTransform t = transform();
        int best = -1;
        double bestDistance = PICK_RADIUS;
        for (int i = 0; i < stage.size(); i++) {
            double d = Math.hypot(t.pixelX(stage.xs()[i]) - px, t.pixelY(stage.ys()[i]) - py);
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** The square plot area centred in the node, in the node's pixels. */
    PlotTransform transform() {
        double w = Math.max(1, getWidth() - LEFT - RIGHT);
        // The tick labels keep their room under the plot as the text grows (presentation mode).
        double h = Math.max(1, getHeight() - TOP - Math.max(BOTTOM, Axes.tickRoomBelow(plotFont())));
        double side = Math.min(w, h);
        return new PlotTransform(view, LEFT + (w - side) / 2, TOP, side, side);
    }

    @Override
    protected void paintLayer(int layer, Painter gc, double width, double height) {
        PlotTransform t = transform();
        if (layer == 0) {
            gc.setFill(backgroundColour());
            gc.fillRect(t.left(), t.top(), t.width(), t.height());
            Axes.paint(gc, t, textColour(), gridColour(), plotFont(), "", "");
            paintOrigin(gc, t);
            paintCloud(gc, t);
        } else if (stage != null && hovered >= 0 && hovered < stage.size()) {
            double px = t.pixelX(stage.xs()[hovered]);
            double py = t.pixelY(stage.ys()[hovered]);
            gc.setFill(seriesColour(HOVER));
            gc.fillOval(px - 4.5, py - 4.5, 9, 9);
            gc.setStroke(textColour());
            gc.setLineWidth(1.5);
            gc.strokeOval(px - 7, py - 7, 14, 14);
        }
    }

    private void paintOrigin(Painter gc, PlotTransform t) {
        gc.setStroke(lineColour());
        gc.setLineWidth(1);
        if (view.contains(0, view.yMin())) {
            gc.strokeLine(t.pixelX(0), t.top(), t.pixelX(0), t.top() + t.height());
        }
        if (view.contains(view.xMin(), 0)) {
            gc.strokeLine(t.left(), t.pixelY(0), t.left() + t.width(), t.pixelY(0));
        }
    }

    private void paintCloud(Painter gc, PlotTransform t) {
        if (stage == null || !stage.hasPoints()) {
            return;
        }
        gc.save();
        gc.beginPath();
        gc.rect(t.left(), t.top(), t.width(), t.height());
        gc.clip();
        gc.setFill(seriesColour(POINTS).deriveColor(0, 1, 1, 0.6));
        for (int i = 0; i < stage.size(); i++) {
            gc.fillOval(t.pixelX(stage.xs()[i]) - 2.5, t.pixelY(stage.ys()[i]) - 2.5, 5, 5);
        }
        if (stage.hasMoments()) {
            Moments m = stage.moments();
            for (int k = 0; k < 2; k++) {
                double length = Math.sqrt(m.eigenvalues()[k]);
                double[] v = m.eigenvectors()[k];
                arrow(gc, t.pixelX(m.meanX()), t.pixelY(m.meanY()), t.pixelX(m.meanX() + length * v[0]),
                        t.pixelY(m.meanY() + length * v[1]), seriesColour(k == 0 ? FIRST_AXIS : SECOND_AXIS));
            }
        }
        gc.restore();
    }

    private static void arrow(Painter gc, double x0, double y0, double x1, double y1, Color colour) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length < 1) {
            return;
        }
        gc.setStroke(colour);
        gc.setFill(colour);
        gc.setLineWidth(2.5);
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        double head = Math.min(10, length / 2);
        gc.strokeLine(x0, y0, x1 - ux * head * 0.8, y1 - uy * head * 0.8);
        gc.fillPolygon(new double[] {x1, x1 - ux * head - uy * head * 0.5, x1 - ux * head + uy * head * 0.5},
                new double[] {y1, y1 - uy * head + ux * head * 0.5, y1 - uy * head - ux * head * 0.5}, 3);
    }
}
