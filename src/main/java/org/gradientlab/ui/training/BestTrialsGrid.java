package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;
import org.gradientlab.ui.kit.text.Num;

/**
 * The best finished trials of a hyperparameter search as small multiples, best first, each with
 * its validation (solid) and train (dashed) accuracy per epoch, as the book's
 * hyperparameter_optimization.py plots its best 20. Rebuilt only when the ranking changes, that
 * is when a trial finishes: a finished trial's curves no longer grow.
 */
final class BestTrialsGrid {
    static final int COLUMNS = 5;

    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox view;
    private final List<CurvePlot> panels = new ArrayList<>();
    private List<TrialsView.Trial> shown = List.of();
    private int length = 1;

    BestTrialsGrid(I18n i18n) {
        this.i18n = i18n;
        grid.setId("best-trials-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        Label title = new Label();
        title.textProperty().bind(i18n.label("training.trials.best-grid", TrialsView.BEST));
        title.getStyleClass().add("section-title");
        VBox.setVgrow(grid, Priority.ALWAYS);
        view = new VBox(4, title, grid);
    }

    Node view() {
        return view;
    }

    void begin(int epochs) {
        length = epochs;
        shown = List.of();
        panels.forEach(CurvePlot::clear);
        grid.getChildren().clear();
        panels.clear();
    }

    /** Shows {@code best} (best first, at most {@link TrialsView#BEST}); nothing to do when it did not change. */
    void show(List<TrialsView.Trial> best) {
        if (best.equals(shown)) {
            return;
        }
        shown = List.copyOf(best);
        while (panels.size() < shown.size()) {
            int cell = panels.size();
            CurvePlot panel = RunCharts.plot(i18n, "training.axis.epoch", "training.axis.accuracy");
            GridPane.setHgrow(panel, Priority.ALWAYS);
            GridPane.setVgrow(panel, Priority.ALWAYS);
            grid.add(panel, cell % COLUMNS, cell / COLUMNS);
            panels.add(panel);
        }
        for (int rank = 0; rank < shown.size(); rank++) {
            draw(panels.get(rank), rank, shown.get(rank));
        }
    }

    private void draw(CurvePlot panel, int rank, TrialsView.Trial trial) {
        panel.clear();
        panel.setCompact(i18n.label("training.trials.best-panel", rank + 1,
                Num.fixed(trial.lastValidation, 2), number(trial.learningRate),
                number(trial.weightDecay)));
        panel.setFixedY(0, 1, 0.5);
        panel.setXLength(length);
        int validation = panel.addCurve(panel.addGroup(i18n.label("training.trials.curve-val")),
                CurveStroke.PLAIN);
        int train = panel.addCurve(panel.addGroup(i18n.label("training.trials.curve-train")),
                CurveStroke.DASHED);
        for (int i = 0; i < trial.validation.size(); i++) {
            panel.append(validation, trial.validation.x(i), trial.validation.y(i));
        }
        for (int i = 0; i < trial.train.size(); i++) {
            panel.append(train, trial.train.x(i), trial.train.y(i));
        }
        panel.refresh();
    }

    /** Two significant digits: the small multiples' titles are narrow. */
    private static String number(double value) {
        return Num.format(value, 2);
    }

    /** The trials shown, best first. */
    List<TrialsView.Trial> shown() {
        return shown;
    }

    List<CurvePlot> panels() {
        return panels.subList(0, shown.size());
    }
}
