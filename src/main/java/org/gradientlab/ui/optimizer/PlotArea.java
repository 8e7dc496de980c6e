package org.gradientlab.ui.optimizer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.optimizer.OptimizerLabModel.Layout;

/**
 * The plots: one with every shown run overlaid, or one small plot per shown run (two columns
 * up to four runs, as the book's 2×2 figure; three beyond). The plots are made once and only
 * rearranged, so none is left listening to the model after a switch.
 */
final class PlotArea extends StackPane {
    private final OptimizerLabModel model;
    private final TrajectoryPlot overlay;
    private final Map<OptimizerKind, TrajectoryPlot> multiples = new EnumMap<>(OptimizerKind.class);
    private final GridPane grid = new GridPane();

    PlotArea(OptimizerLabModel model, I18n i18n) {
        this.model = model;
        getStyleClass().add("plot-area");
        overlay = new TrajectoryPlot(model, i18n, model::enabledRuns, null);
        overlay.setId("optimizer-plot");
        for (Run run : model.runs()) {
            TrajectoryPlot plot = new TrajectoryPlot(model, i18n, () -> List.of(run), run.kind());
            plot.setId("optimizer-plot-" + run.kind().id());
            multiples.put(run.kind(), plot);
        }
        grid.getStyleClass().add("small-multiples");
        model.layoutProperty().addListener((obs, old, now) -> arrange());
        for (Run run : model.runs()) {
            run.enabledProperty().addListener((obs, old, now) -> arrange());
        }
        arrange();
    }

    /** The plot with every shown run, whether on screen or not. */
    TrajectoryPlot overlay() {
        return overlay;
    }

    /** The plots on screen now. */
    List<TrajectoryPlot> shownPlots() {
        if (model.layoutProperty().get() == Layout.OVERLAY) {
            return List.of(overlay);
        }
        List<TrajectoryPlot> out = new ArrayList<>();
        for (Run run : model.enabledRuns()) {
            out.add(multiples.get(run.kind()));
        }
        return out;
    }

    private void arrange() {
        if (model.layoutProperty().get() == Layout.OVERLAY) {
            getChildren().setAll(overlay);
            return;
        }
        List<TrajectoryPlot> plots = shownPlots();
        int columns = plots.size() <= 4 ? 2 : 3;
        int rows = Math.max(1, (plots.size() + columns - 1) / columns);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < Math.min(columns, Math.max(1, plots.size())); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setPercentWidth(100.0 / Math.min(columns, Math.max(1, plots.size())));
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < plots.size(); i++) {
            TrajectoryPlot plot = plots.get(i);
            plot.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            grid.add(plot, i % columns, i / columns);
        }
        getChildren().setAll(grid);
    }

    /** Every plot paints its next frame sharp enough for an export at up to 3×. */
    void prepareForExport() {
        shownPlots().forEach(TrajectoryPlot::prepareForExport);
    }
}
