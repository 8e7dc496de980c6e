package org.gradientlab.ui.optimizer;

import javafx.scene.paint.Color;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.widgets.MarkerShape;
import org.gradientlab.ui.kit.text.DisplayNames;

/** How a run looks everywhere in the lab: one palette colour and one marker shape per optimizer. */
public final class RunStyle {
    private RunStyle() {}

    /** The run's colour on {@code plot}: its theme's series colour, one per optimizer. */
    public static Color colour(OptimizerKind kind, PlotCanvas plot) {
        return plot.seriesColour(kind.ordinal());
    }

    public static MarkerShape shape(OptimizerKind kind) {
        return MarkerShape.values()[kind.ordinal() % MarkerShape.values().length];
    }

    /** i18n key of the optimizer's name, e.g. name.optimizer.sgd. */
    public static String nameKey(OptimizerKind kind) {
        return DisplayNames.of(kind).key();
    }
}
