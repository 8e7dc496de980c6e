package org.gradientlab.ui.optimizer;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.widgets.SliderField;
import org.gradientlab.ui.kit.text.Num;

/**
 * The six runs, each shown or hidden by its check box and chosen for the state panel by its
 * name ({@link #list()}); and the chosen run's hyperparameters, only those its optimizer reads
 * ({@link #settings()}).
 */
final class RunControls {
    private final OptimizerLabModel model;
    private final I18n i18n;
    private final ToggleGroup chosen = new ToggleGroup();
    private final Label settingsHeading = new Label();
    private final VBox list = new VBox();
    private final VBox settings = new VBox();
    private SliderField learningRate;
    private SliderField momentum;
    private SliderField decay;
    private SliderField beta1;
    private SliderField beta2;

    RunControls(OptimizerLabModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        createView();
        model.selectedProperty().addListener((obs, old, now) -> showSelected());
        for (Run run : model.runs()) {
            run.settingsProperty().addListener((obs, old, now) -> {
                if (run.kind() == model.selectedProperty().get()) {
                    showSelected();
                }
            });
        }
        showSelected();
    }

    private void createView() {
        Label heading = new Label();
        heading.textProperty().bind(i18n.label("optimizer.runs"));
        heading.getStyleClass().add("section-heading");
        GridPane rows = new GridPane();
        rows.getStyleClass().add("run-rows");
        int r = 0;
        for (Run run : model.runs()) {
            OptimizerKind kind = run.kind();
            CheckBox shown = new CheckBox();
            shown.setId("optimizer-show-" + kind.id());
            shown.selectedProperty().bindBidirectional(run.enabledProperty());
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(i18n.label("optimizer.show"));
            shown.setTooltip(tip);
            RadioButton name = new RadioButton();
            name.setId("optimizer-select-" + kind.id());
            name.getStyleClass().add("run-name");
            name.textProperty().bind(i18n.label(RunStyle.nameKey(kind)));
            name.setGraphic(new RunSwatch(kind));
            name.setToggleGroup(chosen);
            name.setUserData(kind);
            name.setSelected(kind == model.selectedProperty().get());
            name.setFocusTraversable(false);
            Label lr = new Label();
            lr.getStyleClass().add("muted");
            lr.textProperty().bind(Bindings.createStringBinding(
                    () -> "η = " + Num.format(run.settings().learningRate()), run.settingsProperty()));
            rows.addRow(r++, shown, name, lr);
        }
        chosen.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set((OptimizerKind) now.getUserData());
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> chosen.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));

        settingsHeading.getStyleClass().add("section-heading");
        learningRate = field("optimizer.lr", "lr", 1e-4, 10, true, OptimizerSettings::withLearningRate);
        momentum = field("optimizer.momentum", "momentum", 0, 0.99, false, OptimizerSettings::withMomentum);
        decay = field("optimizer.decay", "decay", 0.5, 0.999, false, OptimizerSettings::withDecay);
        beta1 = field("optimizer.beta1", "beta1", 0, 0.99, false, (s, v) -> s.withBetas(v, s.beta2()));
        beta2 = field("optimizer.beta2", "beta2", 0.9, 0.9999, false, (s, v) -> s.withBetas(s.beta1(), v));
        list.getChildren().addAll(heading, rows);
        settings.getChildren().addAll(settingsHeading, learningRate, momentum, decay, beta1, beta2);
        list.getStyleClass().add("control-section");
        settings.getStyleClass().add("control-section");
    }

    /** The runs with their show boxes and names. */
    VBox list() {
        return list;
    }

    /** The chosen run's hyperparameters. */
    VBox settings() {
        return settings;
    }

    private interface Change {
        OptimizerSettings apply(OptimizerSettings settings, double value);
    }

    private SliderField field(String key, String id, double min, double max, boolean log, Change change) {
        SliderField field = new SliderField(i18n, i18n.label(key), min, max, log);
        field.setId("optimizer-" + id);
        field.field().setId("optimizer-" + id + "-field");
        field.setFormat(Num::plain, Num::round);
        field.setMessage(text -> i18n.text(key + ".invalid", text));
        field.setReceiver(value -> model.update(model.selectedProperty().get(), s -> change.apply(s, value)));
        field.managedProperty().bind(field.visibleProperty());
        return field;
    }

    private void showSelected() {
        OptimizerKind kind = model.selectedProperty().get();
        OptimizerSettings s = model.run(kind).settings();
        settingsHeading.textProperty().bind(i18n.label("optimizer.settings-of", i18n.label(RunStyle.nameKey(kind))));
        learningRate.show(s.learningRate());
        momentum.show(s.momentum());
        decay.show(s.decay());
        beta1.show(s.beta1());
        beta2.show(s.beta2());
        momentum.setVisible(kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV);
        decay.setVisible(kind == OptimizerKind.RMSPROP);
        beta1.setVisible(kind == OptimizerKind.ADAM);
        beta2.setVisible(kind == OptimizerKind.ADAM);
        for (SliderField f : List.of(learningRate, momentum, decay, beta1, beta2)) {
            f.clearError();
        }
    }
}
