package org.gradientlab.ui.optimizer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.widgets.FrameClock;
import org.gradientlab.ui.widgets.IconButton;

/**
 * Play / pause, step back and forward, reset, the timeline to scrub and the speed. A
 * FrameClock moves the model on by the real time between frames, so playback keeps its
 * speed whatever the frame rate, and marks the step positions in between.
 */
final class PlaybackBar extends HBox {
    private final OptimizerLabModel model;
    private final I18n i18n;
    private final Slider timeline = new Slider();
    private final Slider speed = new Slider();
    private boolean showing;
    PlaybackBar(OptimizerLabModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("playback-bar");
        createView();
        init();
    }

    private void createView() {
        Button play = button("optimizer-play", "icon-play", "optimizer.play", model::playPause);
        model.playingProperty().addListener((obs, was, playing) -> {
            play.getGraphic().getStyleClass().setAll(playing ? "icon-pause" : "icon-play", "icon");
            play.textProperty().bind(i18n.label(playing ? "optimizer.pause" : "optimizer.play"));
        });
        Button back = button("optimizer-step-back", "icon-step-back", "optimizer.step-back", model::stepBack);
        Button forward = button("optimizer-step-forward", "icon-step-forward", "optimizer.step-forward", model::stepForward);
        Button reset = button("optimizer-reset", "icon-reset", "optimizer.reset", model::reset);
        for (Button b : new Button[] {back, forward, reset}) {
            b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        timeline.setId("optimizer-timeline");
        timeline.setMin(0);
        timeline.setBlockIncrement(1);
        timeline.setMajorTickUnit(1);
        timeline.setMinorTickCount(0);
        timeline.setMinWidth(120);
        HBox.setHgrow(timeline, Priority.ALWAYS);

        Label step = new Label();
        step.setId("optimizer-step-label");
        step.getStyleClass().add("step-label");
        step.textProperty().bind(i18n.label("optimizer.step", model.currentStepProperty(), model.stepsProperty()));
        step.setMinWidth(Region.USE_PREF_SIZE);

        speed.setId("optimizer-speed");
        speed.setMin(Math.log10(OptimizerLabModel.MIN_SPEED));
        speed.setMax(Math.log10(OptimizerLabModel.MAX_SPEED));
        speed.setValue(Math.log10(model.speedProperty().get()));
        speed.setPrefWidth(90);
        Label speedLabel = new Label();
        // Whole steps per second, grouped as every count is.
        speedLabel.textProperty().bind(i18n.label("optimizer.speed", Bindings.createStringBinding(
                () -> Num.integer(Math.round(model.speedProperty().get())), model.speedProperty())));
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.getStyleClass().add("muted");

        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(play, back, forward, reset, timeline, step, speed, speedLabel);
    }

    private void init() {
        timeline.maxProperty().bind(model.stepsProperty());
        timeline.setValue(model.position());
        model.positionProperty().addListener((obs, old, now) -> {
            showing = true;
            timeline.setValue(now.doubleValue());
            showing = false;
        });
        timeline.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                model.seek((int) Math.round(now.doubleValue()));
            }
        });
        speed.valueProperty().addListener((obs, old, now) ->
                model.setSpeed(Math.round(Math.pow(10, now.doubleValue()))));
        new FrameClock(model::advance).follow(model.playingProperty());
    }

    private Button button(String id, String icon, String key, Runnable action) {
        return IconButton.of(i18n, id, icon, key, action);
    }
}
