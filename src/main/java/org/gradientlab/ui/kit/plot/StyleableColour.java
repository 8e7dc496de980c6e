package org.gradientlab.ui.kit.plot;

import java.util.function.Function;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;

/**
 * One colour of the theme's vocabulary that a figure reads from its stylesheet: the looked-up
 * colour {@code name} (e.g. {@code -gl-plot-grid}), {@code initial} where no sheet sets it. Every
 * figure that paints in theme colours declares its colours this way, so light, dark and high
 * contrast each give them theirs.
 */
public final class StyleableColour<S extends Styleable> extends CssMetaData<S, Color> {
    private final Function<S, StyleableObjectProperty<Color>> property;

    public StyleableColour(String name, Color initial, Function<S, StyleableObjectProperty<Color>> property) {
        super(name, StyleConverter.getColorConverter(), initial);
        this.property = property;
    }

    /** A new property of {@code bean} that this colour styles; {@code bean} keeps it in the field {@code property} reads. */
    public StyleableObjectProperty<Color> newProperty(S bean) {
        return new SimpleStyleableObjectProperty<>(this, bean, getProperty(), getInitialValue(null));
    }

    @Override
    public boolean isSettable(S bean) {
        return !property.apply(bean).isBound();
    }

    @Override
    public StyleableProperty<Color> getStyleableProperty(S bean) {
        return property.apply(bean);
    }
}
