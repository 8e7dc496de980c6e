package org.gradientlab.ui.optimizer;

import java.util.stream.Collectors;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.gradientlab.core.surface.race.ManyStarts;
import org.gradientlab.core.surface.race.RateTuning;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;

/**
 * The fair race's controls and results: "Tune rates" (then the runs go at the tuned rates, which
 * a line lists), "Many starts" (a table of how often each optimizer reached the minimum from a
 * grid of starts, and in how many steps), a cancel button and a progress bar while either runs.
 */
final class RacePanel extends VBox {
    private final FairRace race;
    private final I18n i18n;
    private final GridPane table = new GridPane();

    RacePanel(OptimizerLabModel model, I18n i18n) {
        this(model, i18n, JobRunner.shared());
    }

    RacePanel(OptimizerLabModel model, I18n i18n, JobRunner runner) {
        this.race = new FairRace(model, runner);
        this.i18n = i18n;
        getStyleClass().add("control-section");
        setId("optimizer-race");
        setSpacing(6);

        Label heading = new Label();
        heading.textProperty().bind(i18n.label("optimizer.race"));
        heading.getStyleClass().add("section-heading");
        Label hint = new Label();
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.textProperty().bind(i18n.label("optimizer.race.hint", Num.format(RateTuning.GRID.getFirst()),
                Num.format(RateTuning.GRID.getLast()), Num.integer(FairRace.GRID_SIDE)));

        Button tune = button("optimizer-tune", "optimizer.race.tune");
        tune.setOnAction(e -> race.tune());
        Button starts = button("optimizer-many-starts", "optimizer.race.many-starts");
        starts.setOnAction(e -> race.manyStarts());
        Button cancel = button("optimizer-race-cancel", "optimizer.race.cancel");
        cancel.setOnAction(e -> race.cancel());
        var running = javafx.beans.binding.Bindings.createBooleanBinding(race::isRunning, race.statusProperty());
        tune.disableProperty().bind(running);
        starts.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());

        ProgressBar progress = new ProgressBar();
        progress.setId("optimizer-race-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(race.progressProperty());
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);

        Label status = new Label();
        status.setId("optimizer-race-status");
        status.setWrapText(true);
        status.textProperty().bind(i18n.label(race.messageProperty()));
        race.statusProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), now == FairRace.Status.FAILED));

        Label tuned = new Label();
        tuned.setId("optimizer-tuned");
        tuned.setWrapText(true);
        tuned.textProperty().bind(i18n.render(this::tunedText, race.tunedProperty()));
        tuned.visibleProperty().bind(tuned.textProperty().isNotEmpty());
        tuned.managedProperty().bind(tuned.visibleProperty());

        table.setId("optimizer-starts-table");
        table.getStyleClass().add("results-table");
        table.setHgap(10);
        race.startsProperty().addListener((obs, old, now) -> showStarts(now));
        showStarts(null);

        getChildren().addAll(heading, hint, new FlowPane(6, 6, tune, starts, cancel), progress, status, tuned, table);
    }

    FairRace race() {
        return race;
    }

    private Button button(String id, String key) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.label(key));
        b.setFocusTraversable(false);
        return b;
    }

    /** "Tuned η: SGD 0.5 · Momentum 0.1 · …", "—" where every rate stopped early; "" before a tuning. */
    private String tunedText() {
        if (race.tunedProperty().get().isEmpty()) {
            return "";
        }
        String rates = race.tunedProperty().get().stream()
                .map(t -> i18n.text(DisplayNames.of(t.kind())) + " "
                        + (t.rate().isPresent() ? Num.format(t.rate().getAsDouble()) : "—"))
                .collect(Collectors.joining(" · "));
        return i18n.text("optimizer.race.tuned", rates);
    }

    private void showStarts(FairRace.Starts result) {
        table.getChildren().clear();
        table.setVisible(result != null);
        table.setManaged(result != null);
        if (result == null) {
            return;
        }
        Label caption = new Label();
        caption.setId("optimizer-starts-caption");
        caption.getStyleClass().add("muted");
        caption.setWrapText(true);
        i18n.bind(caption.textProperty(), "optimizer.race.starts-caption", result.side(), result.side(), result.steps());
        table.add(caption, 0, 0, 3, 1);
        String[] headers = {"optimizer", "reached", "median"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label();
            i18n.bind(header.textProperty(), "optimizer.race.column." + headers[c]);
            header.getStyleClass().add("results-header");
            table.add(header, c, 1);
        }
        int row = 2;
        for (ManyStarts.Outcome outcome : result.outcomes()) {
            String id = outcome.optimizer().kind().id();
            Label name = new Label();
            i18n.bind(name.textProperty(), DisplayNames.of(outcome.optimizer().kind()));
            HBox who = new HBox(6, new RunSwatch(outcome.optimizer().kind()), name);
            who.setAlignment(Pos.CENTER_LEFT);
            Label reached = cell("starts-" + id + "-reached");
            Label median = cell("starts-" + id + "-median");
            if (outcome.minimumKnown()) {
                i18n.bind(reached.textProperty(), "optimizer.race.reached", outcome.reached(), outcome.starts(),
                        Num.percent(outcome.share()));
                i18n.bind(median.textProperty(), outcome.medianSteps().isPresent()
                        ? Message.of("optimizer.race.median", Num.format(outcome.medianSteps().getAsDouble()))
                        : Message.of("optimizer.race.median.none"));
            } else {
                i18n.bind(reached.textProperty(), "optimizer.results.no-minimum");
                median.setText("—");
            }
            table.add(who, 0, row);
            table.add(reached, 1, row);
            table.add(median, 2, row);
            row++;
        }
    }

    private static Label cell(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("results-cell");
        return label;
    }
}
