package org.gradientlab.ui.training;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;

/**
 * Start, pause/resume, stop and "again with a new seed", and a progress bar with the count done,
 * iterations per second and the time left. The buttons call the lab's actions; the lab sets the
 * {@link RunState} and feeds {@link #update} once per frame.
 */
final class ProgressPanel {
    private final I18n i18n;
    private final Button start;
    private final Button pause = new Button();
    private final Button stop;
    private final Button again;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label count = new Label();
    private final Label speed = new Label();
    private final Label status = new Label();
    private final RateEstimate rate = new RateEstimate();
    // Kept as messages, not strings, so a switch of language rewrites them (after a run too).
    private final ObjectProperty<Message> countText = new SimpleObjectProperty<>(Message.EMPTY);
    private final ObjectProperty<Message> speedText = new SimpleObjectProperty<>(Message.EMPTY);
    private final ObjectProperty<Message> statusText = new SimpleObjectProperty<>(Message.EMPTY);
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(this, "state", RunState.IDLE);
    private final VBox view;

    ProgressPanel(I18n i18n) {
        this.i18n = i18n;
        start = button("training-start", "training.button.start");
        stop = button("training-stop", "training.button.stop");
        again = button("training-again", "training.button.again");
        pause.setId("training-pause");
        pause.textProperty().bind(i18n.render(
                () -> i18n.text(state.get() == RunState.PAUSED ? "training.button.resume" : "training.button.pause"),
                state));
        bar.setId("training-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        count.setId("training-count");
        count.textProperty().bind(i18n.label(countText));
        speed.textProperty().bind(i18n.label(speedText));
        status.textProperty().bind(i18n.label(statusText));
        count.getStyleClass().add("progress-text");
        speed.setId("training-speed");
        speed.getStyleClass().add("progress-text");
        status.setId("training-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        HBox buttons = new HBox(6, start, pause, stop, again);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox progress = new HBox(10, bar, count, speed);
        progress.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(6, buttons, progress, status);
        view.getStyleClass().add("progress-panel");
        state.addListener((o, was, is) -> enableFor(is));
        enableFor(RunState.IDLE);
    }

    private Button button(String id, String key) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.label(key));
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    Node view() {
        return view;
    }

    Button start() {
        return start;
    }

    Button pause() {
        return pause;
    }

    Button stop() {
        return stop;
    }

    Button again() {
        return again;
    }

    ObjectProperty<RunState> stateProperty() {
        return state;
    }

    double progress() {
        return bar.getProgress();
    }

    private void enableFor(RunState s) {
        boolean active = s == RunState.RUNNING || s == RunState.PAUSED;
        start.setDisable(active || s == RunState.STOPPING);
        pause.setDisable(!active);
        stop.setDisable(!active);
        again.setDisable(active || s == RunState.STOPPING);
    }

    /** A new run of {@code total} units begins. */
    void begin(long total, String unitKey) {
        rate.reset();
        bar.setProgress(0);
        statusText.set(Message.EMPTY);
        show(0, total, unitKey, 0);
    }

    /** {@code done} of {@code total} units after {@code seconds}; call once per frame. */
    void update(long done, long total, String unitKey, double seconds) {
        rate.observe(seconds, done);
        bar.setProgress(total == 0 ? 0 : Math.min(1, (double) done / total));
        show(done, total, unitKey, seconds);
    }

    private void show(long done, long total, String unitKey, double seconds) {
        countText.set(Message.of("training.progress.count", Message.of(unitKey), done, total));
        double perSecond = rate.perSecond();
        double left = rate.secondsLeft(total);
        speedText.set(Double.isNaN(perSecond) ? Message.EMPTY
                : Message.of("training.progress.speed", Num.integer(Math.round(perSecond)),
                        Num.duration(Double.isNaN(left) ? 0 : left)));
    }

    /** Shows the end of the run (finished, stopped, or an error) in the status line. */
    void finish(Message text, boolean error) {
        statusText.set(text);
        status.getStyleClass().remove("error-text");
        if (error) {
            status.getStyleClass().add("error-text");
        }
    }

    void complete() {
        bar.setProgress(1);
    }

}
