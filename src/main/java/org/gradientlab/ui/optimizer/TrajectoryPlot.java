package org.gradientlab.ui.optimizer;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.PlotTransform;

/**
 * One contour plot of the surface with runs on it. Layer 0 is the map (redrawn when view,
 * surface, size or theme change), layer 1 the runs (redrawn as the playback moves).
 * Wheel zooms about the pointer, drag pans, a click sets the start, a double click restores
 * the view (and undoes the start its first click set).
 */
public final class TrajectoryPlot extends PlotCanvas {
    private static final int MAP = 0;
    private static final int RUNS = 1;
    private static final int PARTS = 2;
    private static final double DRAG_THRESHOLD = 3;

    private final OptimizerLabModel model;
    private final I18n i18n;
    private final Supplier<List<Run>> runs;
    private final OptimizerKind titleKind;
    private final ContourLayer contours = new ContourLayer();
    private final RunLayer runLayer;
    private final PartsLayer partsLayer = new PartsLayer();

    private double pressX;
    private double pressY;
    private PlotTransform pressTransform;
    private boolean dragged;
    private Vec2 startBeforeClick;

    /**
     * @param runs      the runs to draw, asked on every paint
     * @param titleKind the optimizer named in the corner (a small multiple), or null for a legend of all runs
     */
    public TrajectoryPlot(OptimizerLabModel model, I18n i18n, Supplier<List<Run>> runs, OptimizerKind titleKind) {
        super(3);
        this.model = model;
        this.i18n = i18n;
        this.runs = runs;
        this.titleKind = titleKind;
        this.runLayer = new RunLayer(i18n);
        getStyleClass().add("trajectory-plot");
        setMinSize(160, 120);
        setPrefSize(640, 400);
        init();
    }

    private void init() {
        model.viewProperty().addListener((obs, old, now) -> invalidateAll());
        model.surfaceProperty().addListener((obs, old, now) -> invalidateAll());
        model.startProperty().addListener((obs, old, now) -> invalidate(MAP));
        model.positionProperty().addListener((obs, old, now) -> invalidate(RUNS));
        model.selectedProperty().addListener((obs, old, now) -> invalidate(RUNS));
        UpdateWalk walk = model.walk();
        walk.partsProperty().addListener((obs, old, now) -> {
            invalidate(RUNS);
            invalidate(PARTS);
        });
        walk.indexProperty().addListener((obs, old, now) -> invalidate(PARTS));
        i18n.whenLanguageChanges(this::invalidateAll);
        for (Run run : model.runs()) {
            run.trajectoryProperty().addListener((obs, old, now) -> invalidate(RUNS));
            run.enabledProperty().addListener((obs, old, now) -> invalidate(RUNS));
        }
        setOnScroll(this::zoom);
        setOnMousePressed(this::press);
        setOnMouseDragged(this::drag);
        setOnMouseClicked(this::click);
    }

    /** Where the data point (x, y) is drawn, in this node's coordinates; empty before the first layout. */
    public Optional<Point2D> dataToPixel(double x, double y) {
        return transform().map(t -> new Point2D(t.pixelX(x), t.pixelY(y)));
    }

    /** The mapping for the model's view now: wheel events can come faster than layout passes. */
    private Optional<PlotTransform> transform() {
        return getWidth() > 0 && getHeight() > 0 ? Optional.of(transform(getWidth(), getHeight())) : Optional.empty();
    }

    /** Where the arrows of the update taken apart ended in the last paint, in this node's coordinates. */
    List<Point2D> partTips() {
        return partsLayer.tips();
    }

    /** Where the run's current marker was drawn in the last paint, in this node's coordinates. */
    public Optional<Point2D> markerPixel(OptimizerKind kind) {
        return runLayer.markerAt(kind);
    }

    private PlotTransform transform(double width, double height) {
        double em = plotFont().getSize();
        double left = Math.round(em * 3.6);
        double top = Math.round(em * 1.7);
        double bottom = Math.round(em * 2.9);
        double right = Math.round(em * 1.0);
        return new PlotTransform(model.viewProperty().get(), left, top,
                Math.max(1, width - left - right), Math.max(1, height - top - bottom));
    }

    @Override
    protected void paintLayer(int layer, Painter gc, double width, double height) {
        PlotTransform t = transform(width, height);
        if (layer == MAP) {
            gc.setFill(backgroundColour());
            gc.fillRect(t.left(), t.top(), t.width(), t.height());
            contours.paint(gc, model.surface(), t, fillLowColour(), fillHighColour(), lineColour());
            paintMinimaAndStart(gc, t);
            Axes.paint(gc, t, textColour(), gridColour(), plotFont(), "x", "y");
        } else if (layer == PARTS) {
            OptimizerKind kind = model.selectedProperty().get();
            boolean here = runs.get().stream().anyMatch(run -> run.kind() == kind);
            partsLayer.paint(gc, t, here ? model.walk().parts() : List.of(), model.walk().index(),
                    part -> i18n.text(TakeApartPanel.PART + part.id()), RunStyle.colour(kind, this), textColour(), backgroundColour(), plotFont());
        } else {
            List<Run> shown = runs.get();
            // Taken apart, the update's own arrows would hide its parts.
            OptimizerKind arrowsFor = model.walk().parts().isEmpty() ? model.selectedProperty().get() : null;
            runLayer.paint(gc, t, shown, model.position(), arrowsFor,
                    kind -> RunStyle.colour(kind, this), backgroundColour(), textColour(), plotFont());
            if (titleKind != null) {
                paintTitle(gc, t);
            } else {
                paintLegend(gc, t, shown);
            }
        }
    }

    private void paintMinimaAndStart(Painter gc, PlotTransform t) {
        gc.setStroke(textColour());
        gc.setFill(textColour());
        gc.setLineWidth(1.5);
        gc.setFont(plotFont(FontWeight.NORMAL, 0.85));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        for (Vec2 minimum : model.surface().minima()) {
            double px = t.pixelX(minimum.x());
            double py = t.pixelY(minimum.y());
            if (t.containsPixel(px, py)) {
                // A star of three strokes: the minimum reads as a place, not as a run's marker.
                for (int i = 0; i < 3; i++) {
                    double a = Math.PI / 3 * i + Math.PI / 2;
                    gc.strokeLine(px - 6 * Math.cos(a), py - 6 * Math.sin(a), px + 6 * Math.cos(a), py + 6 * Math.sin(a));
                }
                gc.fillText(i18n.text("optimizer.plot.minimum"), px + 6, py - 4);
            }
        }
        Vec2 start = model.start();
        double sx = t.pixelX(start.x());
        double sy = t.pixelY(start.y());
        if (t.containsPixel(sx, sy)) {
            gc.strokeOval(sx - 9, sy - 9, 18, 18);
            gc.fillText(i18n.text("optimizer.plot.start"), sx + 9, sy - 8);
        }
    }

    private void paintTitle(Painter gc, PlotTransform t) {
        Font font = plotFont(FontWeight.BOLD, 1.1);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setFill(textColour());
        gc.fillText(i18n.text(RunStyle.nameKey(titleKind)), t.left() + t.width() / 2, t.top() - 3);
    }

    /** Marker and name of every run, top right inside the plot: an exported figure needs its own key. */
    private void paintLegend(Painter gc, PlotTransform t, List<Run> shown) {
        if (shown.isEmpty()) {
            return;
        }
        Font font = plotFont(FontWeight.NORMAL, 0.9);
        double row = font.getSize() * 1.45;
        double widest = 0;
        for (Run run : shown) {
            widest = Math.max(widest, Painter.textWidth(i18n.text(RunStyle.nameKey(run.kind())), font));
        }
        double width = widest + 40;
        double x = t.left() + t.width() - width - 8;
        double y = t.top() + 8;
        Color bg = backgroundColour();
        gc.setFill(Color.color(bg.getRed(), bg.getGreen(), bg.getBlue(), 0.85));
        gc.fillRoundRect(x, y, width, row * shown.size() + 8, 6, 6);
        gc.setStroke(gridColour());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x, y, width, row * shown.size() + 8, 6, 6);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < shown.size(); i++) {
            OptimizerKind kind = shown.get(i).kind();
            double cy = y + 4 + row * (i + 0.5);
            Color colour = RunStyle.colour(kind, this);
            gc.setStroke(colour);
            gc.setLineWidth(1.8);
            gc.strokeLine(x + 6, cy, x + 26, cy);
            RunStyle.shape(kind).draw(gc, x + 16, cy, 8, colour, bg, 1);
            gc.setFill(textColour());
            gc.fillText(i18n.text(RunStyle.nameKey(kind)), x + 32, cy);
        }
    }

    // --- mouse --------------------------------------------------------------------------------

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        // One wheel notch (40) zooms by about 10 %.
        double factor = Math.exp(-e.getDeltaY() / 400);
        transform().ifPresent(t -> model.viewProperty().set(t.zoomAt(e.getX(), e.getY(), factor)));
        e.consume();
    }

    private void press(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressTransform = transform().orElse(null);
        dragged = false;
    }

    private void drag(MouseEvent e) {
        if (pressTransform == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (dragged || Math.hypot(dx, dy) > DRAG_THRESHOLD) {
            dragged = true;
            ViewRect moved = pressTransform.pan(dx, dy);
            model.viewProperty().set(moved);
        }
    }

    private void click(MouseEvent e) {
        Optional<PlotTransform> now = transform();
        if (dragged || !e.isStillSincePress() || now.isEmpty() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        PlotTransform transform = now.get();
        if (e.getClickCount() == 2) {
            if (startBeforeClick != null) {
                model.setStart(startBeforeClick);
            }
            startBeforeClick = null;
            model.resetView();
        } else if (e.getClickCount() == 1 && transform.containsPixel(e.getX(), e.getY())) {
            startBeforeClick = model.start();
            model.setStart(new Vec2(transform.dataX(e.getX()), transform.dataY(e.getY())));
        }
    }
}
