package org.gradientlab.ui.optimizer;

import javafx.scene.paint.Color;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;

/** A run's line and marker, as the plot draws them, for labels beside the plot. */
final class RunSwatch extends PlotCanvas {
    private final OptimizerKind kind;

    RunSwatch(OptimizerKind kind) {
        super(1);
        this.kind = kind;
        getStyleClass().add("run-swatch");
        setMinSize(18, 12);
        setPrefSize(18, 12);
        setMaxSize(18, 12);
    }

    @Override
    protected void paintLayer(int layer, Painter p, double width, double height) {
        Color colour = RunStyle.colour(kind, this);
        p.setStroke(colour);
        p.setLineWidth(2);
        p.strokeLine(0, height / 2, width, height / 2);
        RunStyle.shape(kind).draw(p, width / 2, height / 2, Math.min(width, height) * 0.75, colour,
                backgroundColour(), 1);
    }
}
