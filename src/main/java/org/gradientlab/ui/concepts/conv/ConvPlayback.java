package org.gradientlab.ui.concepts.conv;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.widgets.FrameClock;
import org.gradientlab.ui.widgets.IconButton;

/**
 * Play / pause, back, step, reset and the speed in output cells per second; a FrameClock moves
 * the model on by the real time between frames.
 */
final class ConvPlayback extends HBox {
    private final ConvPageModel model;
    private final I18n i18n;
    ConvPlayback(ConvPageModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("conv-playback");
        createView();
    }

    private void createView() {
        Button play = button("conv-play", "icon-play", "concepts.conv.play", model::playPause);
        Button back = button("conv-back", "icon-step-back", "concepts.conv.back", model::stepBack);
        Button step = button("conv-step", "icon-step-forward", "concepts.conv.step", model::stepForward);
        Button reset = button("conv-reset", "icon-reset", "concepts.conv.reset", model::reset);
        for (Button b : new Button[] {back, step, reset}) {
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        model.playingProperty().addListener((o, was, playing) -> {
            play.getGraphic().getStyleClass().setAll(playing ? "icon-pause" : "icon-play", "icon");
            play.textProperty().bind(i18n.label(playing ? "concepts.conv.pause" : "concepts.conv.play"));
        });
        new FrameClock(model::advance).follow(model.playingProperty());

        Label cell = new Label();
        cell.setId("conv-step-label");
        cell.setMinWidth(Region.USE_PREF_SIZE);
        Runnable showCell = () -> i18n.bind(cell.textProperty(), "concepts.conv.demo.step", model.stepProperty().get() + 1,
                model.demoProperty().get().cellCount());
        model.stepProperty().addListener((o, was, is) -> showCell.run());
        model.demoProperty().addListener((o, was, is) -> showCell.run());
        showCell.run();

        Slider speed = new Slider(Math.log10(ConvPageModel.MIN_SPEED), Math.log10(ConvPageModel.MAX_SPEED),
                Math.log10(model.speedProperty().get()));
        speed.setId("conv-speed");
        speed.setPrefWidth(110);
        speed.valueProperty().addListener((o, was, is) -> model.setSpeed(Math.pow(10, is.doubleValue())));
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(i18n.label("concepts.conv.speed", model.speedProperty()));
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.getStyleClass().add("muted");

        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(play, back, step, reset, cell, speed, speedLabel);
    }

    private Button button(String id, String icon, String key, Runnable action) {
        return IconButton.of(i18n, id, icon, key, action);
    }
}
