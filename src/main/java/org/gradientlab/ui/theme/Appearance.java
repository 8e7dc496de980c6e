package org.gradientlab.ui.theme;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * Theme, font scale and presentation mode of every window. A scene is styled by one shared
 * base sheet plus the theme's sheet (swapped live) and an inline root font: the bundled
 * family, so Hangul renders, and a size that scales all of Modena's em-based metrics.
 */
public final class Appearance {
    public static final int MIN_FONT_SCALE = 100;
    public static final int MAX_FONT_SCALE = 200;
    /** Presentation mode adds this many percent to the font scale (capped at the maximum). */
    static final int PRESENTATION_BOOST = 50;

    private static final String BASE_SHEET = Appearance.class.getResource("/css/base.css").toExternalForm();

    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyIntegerWrapper fontScale = new ReadOnlyIntegerWrapper(this, "fontScale", 100);
    private final ReadOnlyBooleanWrapper presentation = new ReadOnlyBooleanWrapper(this, "presentation");
    private final IntegerBinding effectiveScale;
    private final StringBinding rootStyle;

    public Appearance(Theme initialTheme, int initialFontScale) {
        setTheme(initialTheme);
        setFontScale(initialFontScale);
        effectiveScale = Bindings.createIntegerBinding(() -> presentation.get()
                ? Math.min(MAX_FONT_SCALE, fontScale.get() + PRESENTATION_BOOST) : fontScale.get(),
                fontScale, presentation);
        double basePx = Font.getDefault().getSize();
        rootStyle = Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT,
                "-fx-font-family: '%s'; -fx-font-size: %.1fpx;", Fonts.FAMILY, basePx * effectiveScale.get() / 100.0),
                effectiveScale);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void setTheme(Theme next) {
        theme.set(java.util.Objects.requireNonNull(next, "theme"));
    }

    /** The chosen font scale in percent, 100–200. */
    public ReadOnlyIntegerProperty fontScaleProperty() {
        return fontScale.getReadOnlyProperty();
    }

    public void setFontScale(int percent) {
        if (percent < MIN_FONT_SCALE || percent > MAX_FONT_SCALE) {
            throw new IllegalArgumentException("fontScale must be in " + MIN_FONT_SCALE + ".." + MAX_FONT_SCALE
                    + " percent, got " + percent);
        }
        fontScale.set(percent);
    }

    public ReadOnlyBooleanProperty presentationProperty() {
        return presentation.getReadOnlyProperty();
    }

    public void setPresentation(boolean on) {
        presentation.set(on);
    }

    /** The font scale in force: the chosen one, raised in presentation mode. */
    public IntegerBinding effectiveScaleProperty() {
        return effectiveScale;
    }

    /** Styles {@code scene} now and whenever theme or font scale change. */
    public void style(Scene scene) {
        applySheets(scene);
        // Held by the scene, observed weakly: a closed dialog's scene can be collected.
        ChangeListener<Theme> onTheme = (obs, old, now) -> applySheets(scene);
        scene.getProperties().put(Appearance.class, onTheme);
        theme.addListener(new WeakChangeListener<>(onTheme));
        bindRoot(scene.getRoot());
        scene.rootProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.styleProperty().unbind();
            }
            bindRoot(now);
        });
    }

    /**
     * Styles every window shown from now on, dialogs and popups included: each is a scene of
     * its own that would otherwise fall back to the system font, which lacks Hangul.
     * Returns what stops it.
     */
    public Runnable styleAllWindows() {
        ListChangeListener<Window> onShown = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::styleWindow);
            }
        };
        Window.getWindows().forEach(this::styleWindow);
        Window.getWindows().addListener(onShown);
        return () -> Window.getWindows().removeListener(onShown);
    }

    private void styleWindow(Window window) {
        Scene scene = window.getScene();
        if (scene != null && !scene.getProperties().containsKey(Appearance.class)) {
            style(scene);
        }
    }

    private void applySheets(Scene scene) {
        List<String> sheets = scene.getStylesheets();
        sheets.removeIf(s -> s.equals(BASE_SHEET) || isThemeSheet(s));
        sheets.addAll(0, List.of(BASE_SHEET, theme.get().stylesheet()));
    }

    private void bindRoot(Parent root) {
        if (root != null && !root.styleProperty().isBound()) {
            root.styleProperty().bind(rootStyle);
        }
    }

    private static boolean isThemeSheet(String sheet) {
        for (Theme t : Theme.values()) {
            if (sheet.equals(t.stylesheet())) {
                return true;
            }
        }
        return false;
    }
}
