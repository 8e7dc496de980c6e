package org.gradientlab.ui.concepts.preprocessing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.gradientlab.core.concepts.preprocessing.MnistPca;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.kit.plot.Axes;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.kit.plot.PlotTransform;
import org.gradientlab.ui.kit.plot.SeriesPalette;
import org.gradientlab.ui.kit.plot.StyleableColour;

/**
 * The MNIST PCA as pictures: the mean image (white on black, as MNIST is shown), the first
 * principal components as 28 × 28 images (red positive, blue negative, white 0 on the light
 * theme, each scaled to its largest pixel, since a component's sign and length carry no meaning)
 * and a bar per component of its share of the variance. The images' colours are the theme's
 * -gl-plot-image-* (mean) and -gl-plot-map-* (components), so each theme gives its own.
 */
final class ComponentGrid extends PlotCanvas {
    static final int ROWS = 2;
    private static final double MEAN_SIDE = 112;
    private static final double MAX_CELL = 84;
    private static final double GAP = 10;
    private static final double LABEL = 18;
    private static final double SCREE_HEIGHT = 130;

    private static final StyleableColour<ComponentGrid> IMAGE_GROUND = new StyleableColour<>("-gl-plot-image-ground", Color.BLACK, g -> g.imageGround);
    private static final StyleableColour<ComponentGrid> IMAGE_INK = new StyleableColour<>("-gl-plot-image-ink", Color.WHITE, g -> g.imageInk);
    private static final StyleableColour<ComponentGrid> MAP_NEGATIVE = new StyleableColour<>("-gl-plot-map-negative", SeriesPalette.BLUE, g -> g.mapNegative);
    private static final StyleableColour<ComponentGrid> MAP_ZERO = new StyleableColour<>("-gl-plot-map-zero", Color.WHITE, g -> g.mapZero);
    private static final StyleableColour<ComponentGrid> MAP_POSITIVE = new StyleableColour<>("-gl-plot-map-positive", SeriesPalette.VERMILLION, g -> g.mapPositive);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(PlotCanvas.getClassCssMetaData());
        all.addAll(List.of(IMAGE_GROUND, IMAGE_INK, MAP_NEGATIVE, MAP_ZERO, MAP_POSITIVE));
        CSS = List.copyOf(all);
    }

    private final StyleableObjectProperty<Color> imageGround = IMAGE_GROUND.newProperty(this);
    private final StyleableObjectProperty<Color> imageInk = IMAGE_INK.newProperty(this);
    private final StyleableObjectProperty<Color> mapNegative = MAP_NEGATIVE.newProperty(this);
    private final StyleableObjectProperty<Color> mapZero = MAP_ZERO.newProperty(this);
    private final StyleableObjectProperty<Color> mapPositive = MAP_POSITIVE.newProperty(this);

    private MnistPca pca;
    private WritableImage mean;
    private WritableImage[] components = new WritableImage[0];
    private BiFunction<Integer, Double, String> componentLabel = (k, share) -> "PC" + k;
    private Supplier<String> meanLabel = () -> "";
    private Supplier<String> screeLabel = () -> "";

    ComponentGrid() {
        super(1);
        getStyleClass().add("prep-component-grid");
        setMinHeight(MEAN_SIDE + LABEL + SCREE_HEIGHT + 3 * GAP);
        setPrefSize(900, 2 * (MAX_CELL + LABEL + GAP) + SCREE_HEIGHT + 3 * GAP + 20);
        // A theme switch recolours the images, which hold their pixels.
        for (StyleableObjectProperty<Color> c : List.of(imageGround, imageInk, mapNegative, mapZero, mapPositive)) {
            c.addListener((obs, old, now) -> paintImages());
        }
    }

    /**
     * The texts drawn on the canvas, read at each paint so they are in the language of the moment
     * (the page repaints the grid when the language changes).
     */
    void setLabels(Supplier<String> meanText, Supplier<String> screeText,
                   BiFunction<Integer, Double, String> component) {
        meanLabel = meanText;
        screeLabel = screeText;
        componentLabel = component;
        invalidateAll();
    }

    void show(MnistPca result) {
        pca = result;
        paintImages();
    }

    private void paintImages() {
        if (pca == null) {
            return;
        }
        Color ground = imageGround.get();
        Color ink = imageInk.get();
        mean = image(pca.mean(), v -> ground.interpolate(ink, Math.max(0, Math.min(1, v))));
        components = new WritableImage[pca.components().length];
        for (int c = 0; c < components.length; c++) {
            double largest = 0;
            for (double v : pca.components()[c]) {
                largest = Math.max(largest, Math.abs(v));
            }
            double scale = largest == 0 ? 1 : largest;
            components[c] = image(pca.components()[c], v -> diverging(v / scale));
        }
        invalidateAll();
    }

    /** The mean image as drawn, null before a result. */
    Image meanImage() {
        return mean;
    }

    /** Component {@code c}'s image as drawn (0-based). */
    Image componentImage(int c) {
        return components[c];
    }

    /** Images drawn so far: the mean and the components, 0 before a result. */
    int imagesShown() {
        return pca == null ? 0 : 1 + components.length;
    }

    private static WritableImage image(double[] pixels, DoubleFunction<Color> colour) {
        WritableImage image = new WritableImage(Mnist.SIDE, Mnist.SIDE);
        PixelWriter writer = image.getPixelWriter();
        for (int p = 0; p < Mnist.PIXELS; p++) {
            writer.setColor(p % Mnist.SIDE, p / Mnist.SIDE, colour.apply(pixels[p]));
        }
        return image;
    }

    /**
     * From the theme's zero colour to its positive colour for t above 0, to its negative one below
     * (red, blue and white on the light theme).
     */
    private Color diverging(double t) {
        return t >= 0 ? mapZero.get().interpolate(mapPositive.get(), Math.min(1, t))
                : mapZero.get().interpolate(mapNegative.get(), Math.min(1, -t));
    }

    @Override
    protected void paintLayer(int layer, Painter gc, double width, double height) {
        if (pca == null) {
            return;
        }
        gc.setImageSmoothing(false);
        gc.setFill(textColour());
        gc.setFont(plotFont());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.drawImage(mean, 0, 0, MEAN_SIDE, MEAN_SIDE);
        gc.fillText(meanLabel.get(), MEAN_SIDE / 2, MEAN_SIDE + 3);

        int columns = (components.length + ROWS - 1) / ROWS;
        double left = MEAN_SIDE + 2 * GAP;
        double cell = Math.max(16, Math.min(MAX_CELL, (width - left) / Math.max(1, columns) - GAP));
        for (int c = 0; c < components.length; c++) {
            double x = left + (c % columns) * (cell + GAP);
            double y = (c / columns) * (cell + LABEL + GAP);
            gc.drawImage(components[c], x, y, cell, cell);
            gc.setStroke(gridColour());
            gc.strokeRect(x, y, cell, cell);
            gc.fillText(componentLabel.apply(c + 1, pca.explained()[c]), x + cell / 2, y + cell + 3);
        }
        double top = Math.max(MEAN_SIDE + LABEL, ROWS * (cell + LABEL + GAP)) + 2 * GAP;
        paintScree(gc, width, top, Math.min(SCREE_HEIGHT, height - top - GAP));
    }

    /** Bars of each component's share of the variance, with axes: how fast the spectrum falls. */
    private void paintScree(Painter gc, double width, double top, double height) {
        if (height < 50) {
            return;
        }
        double[] share = pca.explained();
        double yMax = share[0] * 1.15;
        PlotTransform t = new PlotTransform(new ViewRect(0.5, share.length + 0.5, 0, yMax), 48, top + 16,
                Math.max(1, width - 56), Math.max(1, height - 40));
        Axes.paint(gc, t, textColour(), gridColour(), plotFont(), "", "");
        gc.setFill(seriesColour(1).deriveColor(0, 1, 1, 0.8));
        for (int c = 0; c < share.length; c++) {
            double x0 = t.pixelX(c + 1 - 0.35);
            double x1 = t.pixelX(c + 1 + 0.35);
            gc.fillRect(x0, t.pixelY(share[c]), x1 - x0, t.pixelY(0) - t.pixelY(share[c]));
        }
        gc.setFill(textColour());
        gc.setFont(plotFont(FontWeight.BOLD, 1));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(screeLabel.get(), t.left(), t.top() - 2);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }


}
