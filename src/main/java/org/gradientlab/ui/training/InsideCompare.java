package org.gradientlab.ui.training;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.experiment.training.LayerStatsScale;
import org.gradientlab.ui.i18n.I18n;

/**
 * The "Inside the net" tab: the model's run ({@link InsideView}), or, with "Compare two runs"
 * ticked, two finished runs picked from the run list side by side (issue 18.2), each in its own
 * {@link InsideView} headed with its name and with its own series box, on shared axes
 * ({@link LayerStatsScale}): the same iterations, histogram range and gradient-norm and
 * update-ratio decades, so that e.g. std 0.01 and He, or a net with and without batch norm,
 * read alike. A compared run removed from the list leaves its column empty.
 */
final class InsideCompare {
    private final I18n i18n;
    private final TrainingLabModel model;
    private final CheckBox compare = new CheckBox();
    private final ChoiceBox<FinishedRun> left = new ChoiceBox<>();
    private final ChoiceBox<FinishedRun> right = new ChoiceBox<>();
    private final InsideView leftView;
    private final InsideView rightView;
    private final VBox view;

    InsideCompare(I18n i18n, TrainingLabModel model, InsideView single) {
        this.i18n = i18n;
        this.model = model;
        leftView = column();
        rightView = column();
        compare.setId("inside-compare");
        compare.textProperty().bind(i18n.label("training.compare.toggle"));
        compare.setMinWidth(CheckBox.USE_PREF_SIZE);
        picker(left, "inside-left");
        picker(right, "inside-right");
        Label leftLabel = label("training.compare.left");
        Label rightLabel = label("training.compare.right");
        HBox pickers = new HBox(8, leftLabel, left, rightLabel, right);
        pickers.setAlignment(Pos.CENTER_LEFT);
        pickers.visibleProperty().bind(compare.selectedProperty());
        HBox bar = new HBox(16, compare, pickers);
        bar.setAlignment(Pos.CENTER_LEFT);

        HBox columns = new HBox(12, leftView.view(), rightView.view());
        HBox.setHgrow(leftView.view(), Priority.ALWAYS);
        HBox.setHgrow(rightView.view(), Priority.ALWAYS);
        columns.setId("inside-columns");
        columns.visibleProperty().bind(compare.selectedProperty());
        single.view().visibleProperty().bind(compare.selectedProperty().not());
        // The hidden one must not hold the tab to its height (the single view's note is tall when narrow).
        columns.managedProperty().bind(columns.visibleProperty());
        single.view().managedProperty().bind(single.view().visibleProperty());
        StackPane content = new StackPane(single.view(), columns);
        VBox.setVgrow(content, Priority.ALWAYS);
        view = new VBox(6, bar, content);

        compare.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                pickNewest();
            }
        });
        left.valueProperty().addListener((o, was, is) -> show());
        right.valueProperty().addListener((o, was, is) -> show());
        model.runs().addListener((ListChangeListener<FinishedRun>) change -> forgetRemoved());
        show();
    }

    private InsideView column() {
        InsideView column = new InsideView(i18n);
        column.narrow();
        return column;
    }

    private void picker(ChoiceBox<FinishedRun> box, String id) {
        box.setId(id);
        box.setItems(model.runs());
        box.setMaxWidth(240);
        // A new converter per language, and per change of the list: a run's name says how it differs from the others.
        box.converterProperty().bind(Bindings.createObjectBinding(() -> new StringConverter<FinishedRun>() {
            @Override
            public String toString(FinishedRun run) {
                return run == null ? "" : i18n.text(run.label.get());
            }

            @Override
            public FinishedRun fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }, i18n.languageProperty(), model.runs()));
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.label(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    Node view() {
        return view;
    }

    /** Empty boxes take the two newest runs: the older on the left, the newer on the right. */
    private void pickNewest() {
        List<FinishedRun> runs = model.runs();
        if (left.getValue() == null && right.getValue() == null && !runs.isEmpty()) {
            right.setValue(runs.get(0));
            if (runs.size() > 1) {
                left.setValue(runs.get(1));
            }
        }
    }

    /** A run gone from the list leaves its column (its box forgets it, and the columns redraw). */
    private void forgetRemoved() {
        for (ChoiceBox<FinishedRun> box : List.of(left, right)) {
            if (box.getValue() != null && !model.runs().contains(box.getValue())) {
                box.setValue(null);
            }
        }
    }

    /** Both columns again, on the axes of the runs now picked. */
    private void show() {
        FinishedRun a = left.getValue();
        FinishedRun b = right.getValue();
        List<FinishedRun> picked = Stream.of(a, b).filter(Objects::nonNull).toList();
        LayerStatsScale scale = LayerStatsScale.of(picked.stream().map(r -> r.layerStats).toList(),
                picked.stream().map(r -> TrainingLabModel.iterations(r.parameters)).toList(), InsideView.RATIO_GUIDE);
        fill(leftView, a, scale);
        fill(rightView, b, scale);
    }

    /** The run's figures under its name (following a rename and the language), or an empty column. */
    private void fill(InsideView column, FinishedRun run, LayerStatsScale scale) {
        column.setHeading(run == null ? i18n.label("training.compare.none") : i18n.label(run.label));
        if (run == null) {
            column.showRun(List.of(), List.<LayerStatsRecord>of(), scale);
        } else {
            column.showRun(run.series.stream().map(TrainingBackend.Series::name).toList(), run.layerStats, scale);
        }
    }

    /** What tests use. */
    CheckBox toggle() {
        return compare;
    }

    ChoiceBox<FinishedRun> left() {
        return left;
    }

    ChoiceBox<FinishedRun> right() {
        return right;
    }

    InsideView leftView() {
        return leftView;
    }

    InsideView rightView() {
        return rightView;
    }
}
