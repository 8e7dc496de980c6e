package org.gradientlab.ui.init;

import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * A resizable Canvas drawn at {@link #setDensity density} pixels per layout unit and shown
 * scaled down to its layout size. A Canvas is a bitmap, so a 3× snapshot of a 1× canvas is
 * blurred; the lab raises the density while it exports and lowers it after. Axis and band
 * colours come from CSS (-init-axis-color, -init-band-color in init-lab.css).
 */
abstract class DensityCanvas extends Region {
    private static final StyleablePropertyFactory<DensityCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    final StyleableObjectProperty<Color> axisColor =
            (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "axisColor", "-init-axis-color", c -> c.axisColor, Color.BLACK);
    /** Shades where an activation saturates. */
    final StyleableObjectProperty<Color> bandColor =
            (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "bandColor", "-init-band-color", c -> c.bandColor,
                    Color.rgb(255, 160, 0, 0.15));
    private final Canvas canvas = new Canvas();
    private final Scale unscale = new Scale(1, 1, 0, 0);
    private double density = 1;
    private final double prefWidth;
    private final double prefHeight;
    private final double minWidth;
    private final double minHeight;

    /** Sizes in layout units: what the plot asks for, and how far it lets a pane shrink it. */
    DensityCanvas(double prefWidth, double prefHeight, double minWidth, double minHeight) {
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        canvas.getTransforms().add(unscale);
        getChildren().add(canvas);
        redrawOnChange(List.of(axisColor, bandColor));
    }

    final void redrawOnChange(List<StyleableObjectProperty<Color>> colours) {
        colours.forEach(c -> c.addListener((o, a, b) -> redraw()));
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** Canvas pixels per layout unit. */
    final void setDensity(double value) {
        if (value != density) {
            density = value;
            resizeCanvas();
        }
    }

    final double density() {
        return density;
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight;
    }

    @Override
    protected double computeMinWidth(double height) {
        return minWidth;
    }

    @Override
    protected double computeMinHeight(double width) {
        return minHeight;
    }

    @Override
    protected void layoutChildren() {
        resizeCanvas();
    }

    private void resizeCanvas() {
        double w = Math.max(1, getWidth()) * density;
        double h = Math.max(1, getHeight()) * density;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            unscale.setX(1 / density);
            unscale.setY(1 / density);
            redraw();
        }
    }

    /** Clears the canvas and calls {@link #paint} in layout units. */
    final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.scale(density, density);
        paint(g, canvas.getWidth() / density, canvas.getHeight() / density);
    }

    /** Draws the content on a {@code width} × {@code height} area (layout units). */
    abstract void paint(GraphicsContext g, double width, double height);
}
