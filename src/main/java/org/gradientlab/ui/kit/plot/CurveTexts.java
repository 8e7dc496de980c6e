package org.gradientlab.ui.kit.plot;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;

/**
 * The texts a {@link CurvePlot} shows (title, axis names, legend names, notes), watched so that
 * a language switch repaints the figure; a text that is replaced is no longer watched.
 */
final class CurveTexts {
    private final InvalidationListener repaint;
    private final List<ObservableStringValue> watched = new ArrayList<>();

    CurveTexts(Runnable onChange) {
        repaint = o -> onChange.run();
    }

    ObservableStringValue watch(ObservableStringValue value) {
        if (value != null && !watched.contains(value)) {
            watched.add(value);
            value.addListener(repaint);
        }
        return value;
    }

    void unwatch(ObservableStringValue value) {
        if (value != null && watched.remove(value)) {
            value.removeListener(repaint);
        }
    }

    /** The text now, "" for none. */
    static String text(ObservableStringValue value) {
        return value == null || value.get() == null ? "" : value.get();
    }

    static ObservableStringValue constant(String text) {
        return Bindings.createStringBinding(() -> text);
    }
}
