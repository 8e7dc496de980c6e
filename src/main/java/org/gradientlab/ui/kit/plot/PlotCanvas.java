package org.gradientlab.ui.kit.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Scale;
import javafx.stage.Screen;
import javafx.stage.Window;

import org.gradientlab.ui.theme.Fonts;

/**
 * A resizable plot made of stacked Canvas layers: the subclass paints a layer when it is
 * invalidated (a static background once, a moving foreground every frame). Colours and the
 * text size come from CSS (-gl-plot-*), so themes restyle it live.
 * <p>
 * A Canvas is a bitmap: a snapshot at 2× only enlarges its pixels. So each layer is backed by
 * renderScale× as many pixels and shown scaled down; it is raised for an export
 * ({@link #prepareForExport()}) and for offscreen rendering (a scene with no window is always
 * a figure being made), and stays 1 on screen, where the toolkit covers HiDPI itself.
 */
public abstract class PlotCanvas extends Region {
    /** The largest scale the export dialog offers. */
    public static final double EXPORT_SCALE = 3;

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;
    private static final StyleableColour<PlotCanvas> BACKGROUND = new StyleableColour<>("-gl-plot-background", Color.WHITE, p -> p.background);
    private static final StyleableColour<PlotCanvas> TEXT = new StyleableColour<>("-gl-plot-text", Color.web("#333333"), p -> p.text);
    private static final StyleableColour<PlotCanvas> GRID = new StyleableColour<>("-gl-plot-grid", Color.web("#00000022"), p -> p.grid);
    private static final StyleableColour<PlotCanvas> FILL_LOW = new StyleableColour<>("-gl-plot-fill-low", Color.web("#c8d8ea"), p -> p.fillLow);
    private static final StyleableColour<PlotCanvas> FILL_HIGH = new StyleableColour<>("-gl-plot-fill-high", Color.WHITE, p -> p.fillHigh);
    private static final StyleableColour<PlotCanvas> LINE = new StyleableColour<>("-gl-plot-line", Color.web("#8796a8"), p -> p.line);
    // Shades a region of the plot that needs attention (where an activation saturates).
    private static final StyleableColour<PlotCanvas> BAND = new StyleableColour<>("-gl-plot-band", Color.rgb(255, 176, 122, 0.22), p -> p.band);
    private static final List<StyleableColour<PlotCanvas>> SERIES = seriesMetas();
    /** The plot font's size at 100 % text, out of presentation mode. */
    private static final double BASE_FONT_SIZE = 12;
    // A size, not a font: em then follows the scene's font scale and presentation mode.
    private static final CssMetaData<PlotCanvas, Number> FONT_SIZE = new CssMetaData<>("-gl-plot-font-size",
            StyleConverter.getSizeConverter(), BASE_FONT_SIZE) {
        @Override
        public boolean isSettable(PlotCanvas plot) {
            return !plot.fontSize.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(PlotCanvas plot) {
            return plot.fontSize;
        }
    };

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.addAll(List.of(BACKGROUND, TEXT, GRID, FILL_LOW, FILL_HIGH, LINE, BAND, FONT_SIZE));
        all.addAll(SERIES);
        CSS = Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Color> background = BACKGROUND.newProperty(this);
    private final StyleableObjectProperty<Color> text = TEXT.newProperty(this);
    private final StyleableObjectProperty<Color> grid = GRID.newProperty(this);
    private final StyleableObjectProperty<Color> fillLow = FILL_LOW.newProperty(this);
    private final StyleableObjectProperty<Color> fillHigh = FILL_HIGH.newProperty(this);
    private final StyleableObjectProperty<Color> line = LINE.newProperty(this);
    private final StyleableObjectProperty<Color> band = BAND.newProperty(this);
    private final List<StyleableObjectProperty<Color>> series = SERIES.stream().map(meta -> meta.newProperty(this)).toList();
    private final StyleableDoubleProperty fontSize = new SimpleStyleableDoubleProperty(FONT_SIZE, this, "fontSize", BASE_FONT_SIZE);

    private final Canvas[] layers;
    private final boolean[] dirty;
    private double exportScale = 1;
    private double paintedScale;
    // The hidden node (this or an ancestor: a tab not selected) whose showing paints what waits.
    private Node hiddenBy;
    private final InvalidationListener shown = o -> setNeedsLayout(true);
    private final WeakInvalidationListener weakShown = new WeakInvalidationListener(shown);

    protected PlotCanvas(int layerCount) {
        getStyleClass().add("plot-canvas");
        layers = new Canvas[layerCount];
        dirty = new boolean[layerCount];
        for (int i = 0; i < layerCount; i++) {
            layers[i] = new Canvas();
            layers[i].setMouseTransparent(true);
        }
        getChildren().addAll(layers);
        List<ObservableValue<?>> restyling = new ArrayList<>(List.of(background, text, grid, fillLow, fillHigh, line,
                band, fontSize));
        restyling.addAll(series);
        for (ObservableValue<?> property : restyling) {
            property.addListener((obs, old, now) -> invalidateAll());
        }
        // A plot may size itself by its text (ConvGrid): its parent lays it out anew.
        fontSize.addListener((obs, old, now) -> requestLayout());
    }

    /**
     * Paints layer {@code layer} through {@code painter} at w × h units of this node: on screen
     * the layer's canvas, already cleared and scaled; for a vector export a file, with every
     * layer painted in order ({@link #paintFigure}).
     */
    protected abstract void paintLayer(int layer, Painter painter, double width, double height);

    /** Paints every layer, bottom first, at this node's size: the figure as a vector file holds it. */
    public final void paintFigure(Painter painter) {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (width <= 0 || height <= 0) {
            return;
        }
        for (int i = 0; i < layers.length; i++) {
            painter.save();
            paintLayer(i, painter, width, height);
            painter.restore();
        }
    }

    /** Repaints {@code layer} in this pulse's layout pass. */
    public final void invalidate(int layer) {
        dirty[layer] = true;
        setNeedsLayout(true);
    }

    public final void invalidateAll() {
        for (int i = 0; i < layers.length; i++) {
            invalidate(i);
        }
    }

    /**
     * Paints the layers at {@link #EXPORT_SCALE} for the snapshot that follows in this event,
     * and back at screen resolution afterwards.
     */
    public final void prepareForExport() {
        exportScale = EXPORT_SCALE;
        invalidateAll();
        Platform.runLater(() -> {
            exportScale = 1;
            invalidateAll();
        });
    }

    /** The backing pixels per layout pixel in the last paint. */
    public final double paintedScale() {
        return paintedScale;
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (width <= 0 || height <= 0) {
            return;
        }
        if (waitWhileHidden()) {
            return;
        }
        double scale = backingScale();
        for (int i = 0; i < layers.length; i++) {
            Canvas canvas = layers[i];
            double pixelsWide = Math.ceil(width * scale);
            double pixelsHigh = Math.ceil(height * scale);
            if (canvas.getWidth() != pixelsWide || canvas.getHeight() != pixelsHigh || scale != paintedScale) {
                canvas.setWidth(pixelsWide);
                canvas.setHeight(pixelsHigh);
                canvas.getTransforms().setAll(new Scale(1 / scale, 1 / scale, 0, 0));
                dirty[i] = true;
            }
            if (dirty[i]) {
                dirty[i] = false;
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.setTransform(1, 0, 0, 1, 0, 0);
                gc.clearRect(0, 0, pixelsWide, pixelsHigh);
                gc.setTransform(scale, 0, 0, scale, 0, 0);
                gc.save();
                paintLayer(i, new CanvasPainter(gc), width, height);
                gc.restore();
            }
        }
        paintedScale = scale;
    }

    /**
     * A plot under a hidden node (an unselected tab, a page not shown) paints nothing: its layers
     * stay dirty and are painted when that node shows. Listened to weakly, so a plot dropped while
     * hidden is not kept.
     */
    private boolean waitWhileHidden() {
        Node hidden = this;
        while (hidden != null && hidden.isVisible()) {
            hidden = hidden.getParent();
        }
        if (hidden != hiddenBy) {
            if (hiddenBy != null) {
                hiddenBy.visibleProperty().removeListener(weakShown);
            }
            hiddenBy = hidden;
            if (hidden != null) {
                hidden.visibleProperty().addListener(weakShown);
            }
        }
        return hidden != null;
    }

    /**
     * Offscreen or exporting: enough pixels for the largest export scale. The toolkit already
     * backs a canvas with the screen's scale, so only the remaining factor is ours.
     */
    private double backingScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        double target = window == null ? EXPORT_SCALE : exportScale;
        double screen = 1;
        if (window != null) {
            for (Screen s : Screen.getScreens()) {
                screen = Math.max(screen, Math.max(s.getOutputScaleX(), s.getOutputScaleY()));
            }
        }
        return Math.max(1, Math.ceil(target / screen));
    }

    public final Color backgroundColour() {
        return background.get();
    }

    public final Color textColour() {
        return text.get();
    }

    public final Color gridColour() {
        return grid.get();
    }

    public final Color fillLowColour() {
        return fillLow.get();
    }

    public final Color fillHighColour() {
        return fillHigh.get();
    }

    public final Color lineColour() {
        return line.get();
    }

    /** The shade for a region of the plot that needs attention. */
    public final Color bandColour() {
        return band.get();
    }

    /**
     * The colour of data series {@code index} (0-based, modulo {@link SeriesPalette#size()}):
     * -gl-series-1 … -gl-series-6 of the theme, colour-blind safe ({@link SeriesPalette}).
     */
    public final Color seriesColour(int index) {
        return series.get(Math.floorMod(index, series.size())).get();
    }

    /** The bundled family, so Hangul renders on the canvas too, at the CSS size. */
    public final Font plotFont() {
        return Font.font(Fonts.FAMILY, fontSize.get());
    }

    /**
     * The plot font at {@code relativeSize} of its size. Smaller text (tick labels, notes) is
     * smaller by a fixed number of pixels once the plot font grows past its 12 px (font scale,
     * presentation mode): it then grows as fast as the plot font does, so a back row reads it too.
     */
    public final Font plotFont(FontWeight weight, double relativeSize) {
        double size = fontSize.get();
        double scaled = size * relativeSize;
        if (relativeSize < 1) {
            scaled = Math.max(scaled, size - (1 - relativeSize) * BASE_FONT_SIZE);
        }
        return Font.font(Fonts.FAMILY, weight, scaled);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    private static List<StyleableColour<PlotCanvas>> seriesMetas() {
        List<StyleableColour<PlotCanvas>> out = new ArrayList<>();
        for (int i = 0; i < SeriesPalette.size(); i++) {
            int index = i;
            out.add(new StyleableColour<>("-gl-series-" + (i + 1), SeriesPalette.colour(i, Color.WHITE),
                    p -> p.series.get(index)));
        }
        return List.copyOf(out);
    }
}
