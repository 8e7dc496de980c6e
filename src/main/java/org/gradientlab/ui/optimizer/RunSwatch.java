package org.gradientlab.ui.optimizer;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.gradientlab.core.optim.OptimizerKind;
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
    protected void paintLayer(int layer, GraphicsContext gc, double width, double height) {
        Color background = backgroundColour();
        Color colour = RunStyle.colour(kind, background);
        gc.setStroke(colour);
        gc.setLineWidth(2);
        gc.strokeLine(0, height / 2, width, height / 2);
        gc.setFill(colour);
        gc.setStroke(background);
        gc.setLineWidth(1);
        RunStyle.shape(kind).draw(gc, width / 2, height / 2, Math.min(width, height) * 0.75);
    }
}
