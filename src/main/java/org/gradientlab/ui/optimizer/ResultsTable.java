package org.gradientlab.ui.optimizer;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

import org.gradientlab.core.surface.RunSummary;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.DisplayNames;

/**
 * Every run's outcome: lr, final f, distance to the nearest minimum, the first step with
 * f − f* &lt; 10⁻³ (or "not reached", or "no known minimum") and how it ended ({@link Endings}).
 * Hidden runs are listed dimmed.
 */
final class ResultsTable extends GridPane {
    static final String HEADER = "optimizer.results.";
    static final String[] COLUMNS = {"optimizer", "lr", "final", "distance", "reached", "status"};

    private final OptimizerLabModel model;
    private final I18n i18n;

    ResultsTable(OptimizerLabModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("results-table");
        setId("optimizer-results");
        model.runs().forEach(run -> {
            run.summaryProperty().addListener((obs, old, now) -> refresh());
            run.enabledProperty().addListener((obs, old, now) -> refresh());
        });
        refresh();
    }

    private void refresh() {
        getChildren().clear();
        for (int c = 0; c < COLUMNS.length; c++) {
            Label header = new Label();
            i18n.bind(header.textProperty(), HEADER + COLUMNS[c]);
            header.getStyleClass().add("results-header");
            add(header, c, 0);
        }
        int row = 1;
        for (Run run : model.runs()) {
            RunSummary summary = run.summary();
            String id = run.kind().id();
            Label name = new Label();
            i18n.bind(name.textProperty(), DisplayNames.of(run.kind()));
            HBox who = new HBox(6, new RunSwatch(run.kind()), name);
            who.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            String distance = summary.distanceToMinimum().isPresent()
                    ? Num.format(summary.distanceToMinimum().getAsDouble(), 3) : "—";
            Message reached = Endings.reached(summary);
            Message status = Endings.status(summary);
            Label[] cells = {cell(id, "lr", Num.format(run.settings().learningRate())),
                cell(id, "final", Double.isNaN(summary.finalF()) ? "—" : Num.format(summary.finalF(), 3)),
                cell(id, "distance", distance),
                cell(id, "reached", ""), cell(id, "status", "")};
            i18n.bind(cells[3].textProperty(), reached);
            i18n.bind(cells[4].textProperty(), status);
            add(who, 0, row);
            for (int c = 0; c < cells.length; c++) {
                add(cells[c], c + 1, row);
            }
            if (summary.divergedAt().isPresent()) {
                cells[4].getStyleClass().add("diverged");
            }
            if (!run.isEnabled()) {
                who.getStyleClass().add("hidden-run");
                for (Label cell : cells) {
                    cell.getStyleClass().add("hidden-run");
                }
            }
            row++;
        }
    }

    private static Label cell(String run, String column, String text) {
        Label label = new Label(text);
        label.setId("result-" + run + "-" + column);
        label.getStyleClass().add("results-cell");
        return label;
    }
}
