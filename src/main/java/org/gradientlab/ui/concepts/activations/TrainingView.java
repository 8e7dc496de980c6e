package org.gradientlab.ui.concepts.activations;

import java.util.function.DoubleConsumer;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.activations.ActivationSettings;
import org.gradientlab.core.concepts.activations.PreluFit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;

/**
 * "PReLU learns α": the mini-training replayed one SGD step per frame while playing, with
 * play/pause, step, restart and a button that puts the learned α into the PReLU slider.
 */
final class TrainingView extends VBox {
    private final ActivationsModel model;
    private final TrainingPlot plot;
    private final Label status = new Label();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!model.step()) {
                stop();
            }
        }
    };

    /** @param useAlpha receives the learned α, clamped to the PReLU slider's range */
    TrainingView(I18n i18n, ActivationsModel model, DoubleConsumer useAlpha) {
        this.model = model;
        getStyleClass().add("activation-training");
        setId("activations-training");
        Label title = new Label();
        title.textProperty().bind(i18n.label("concepts.activations.training.title"));
        title.getStyleClass().add("section-title");
        Label explain = new Label();
        explain.textProperty().bind(i18n.label("concepts.activations.training.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(USE_PREF_SIZE);

        plot = new TrainingPlot(i18n);
        status.setId("activations-training-status");
        status.getStyleClass().add("training-status");

        Button play = new Button();
        play.setId("activations-training-play");
        play.textProperty().bind(Bindings.when(model.playingProperty())
                .then(i18n.label("concepts.activations.training.pause"))
                .otherwise(i18n.label("concepts.activations.training.play")));
        play.setOnAction(e -> playPause());
        Button step = new Button();
        step.setId("activations-training-step");
        step.textProperty().bind(i18n.label("concepts.activations.training.step"));
        step.setOnAction(e -> step());
        Button use = new Button();
        use.setId("activations-training-use");
        use.textProperty().bind(i18n.label("concepts.activations.training.use-alpha"));
        use.setOnAction(e -> {
            PreluFit.Step shown = model.shownStep();
            useAlpha.accept(Math.max(ActivationSettings.PRELU_MIN, Math.min(ActivationSettings.PRELU_MAX, shown.alpha())));
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.fitProperty().isNull().and(model.fitErrorProperty().isNull()));
        busy.managedProperty().bind(busy.visibleProperty());
        for (Button b : new Button[] {play, step, use}) {
            b.disableProperty().bind(model.fitProperty().isNull());
        }
        HBox buttons = new HBox(8, play, step, use, busy, status);
        buttons.getStyleClass().add("training-buttons");

        getChildren().addAll(title, explain, plot, buttons);
        model.fitProperty().addListener(o -> refresh(i18n));
        model.fitErrorProperty().addListener(o -> refresh(i18n));
        model.iterationProperty().addListener(o -> refresh(i18n));
        model.playingProperty().addListener((o, was, now) -> {
            if (now) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        refresh(i18n);
    }

    void playPause() {
        model.playPause();
    }

    /** Pauses playback and shows the next SGD step. */
    void step() {
        model.pause();
        model.step();
    }

    private void refresh(I18n i18n) {
        PreluFit.Result result = model.fitProperty().get();
        if (model.fitErrorProperty().get() != null) {
            i18n.bind(status.textProperty(), "concepts.activations.training.failed", model.fitErrorProperty().get());
            return;
        }
        if (result == null) {
            i18n.bind(status.textProperty(), "concepts.activations.training.running");
            return;
        }
        PreluFit.Step shown = model.shownStep();
        i18n.bind(status.textProperty(), "concepts.activations.training.status", shown.iteration(), result.last().iteration(),
                Num.fixed(shown.alpha(), 3), Num.fixed(shown.loss(), 4));
        plot.show(result, model.shownSteps());
    }
}
