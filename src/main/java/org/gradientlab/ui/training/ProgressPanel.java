package org.gradientlab.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
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
 * iterations per second and the time left: the model's run state and progress, bound. The
 * buttons call the model. During a run the texts and the bar follow the model's progress
 * {@value #UPDATES_PER_SECOND} times a second, not at every frame: a count changing width
 * every frame lays the lab out again every frame.
 */
final class ProgressPanel {
    static final int UPDATES_PER_SECOND = 10;
    private final I18n i18n;
    private final Button start;
    private final Button pause = new Button();
    private final Button stop;
    private final Button again;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label count = new Label();
    private final Label speed = new Label();
    private final Label status = new Label();
    private final VBox view;

    ProgressPanel(I18n i18n, TrainingLabModel model) {
        this.i18n = i18n;
        ReadOnlyObjectProperty<RunState> state = model.stateProperty();
        ObjectProperty<RunProgress> progress = paced(model.progressProperty(), state);
        start = button("training-start", "training.button.start");
        stop = button("training-stop", "training.button.stop");
        again = button("training-again", "training.button.again");
        start.setOnAction(e -> model.start(false));
        again.setOnAction(e -> model.start(true));
        pause.setOnAction(e -> model.togglePause());
        stop.setOnAction(e -> model.stop());
        pause.setId("training-pause");
        pause.textProperty().bind(i18n.render(
                () -> i18n.text(state.get() == RunState.PAUSED ? "training.button.resume" : "training.button.pause"),
                state));
        bar.setId("training-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> progress.get().fraction(), progress));
        HBox.setHgrow(bar, Priority.ALWAYS);
        count.setId("training-count");
        // Bound as messages, not strings, so a switch of language rewrites them (after a run too).
        count.textProperty().bind(i18n.label(Bindings.createObjectBinding(() -> countText(progress.get()), progress)));
        speed.textProperty().bind(i18n.label(Bindings.createObjectBinding(() -> speedText(progress.get()), progress)));
        status.textProperty().bind(i18n.label(model.statusProperty()));
        count.getStyleClass().add("progress-text");
        speed.setId("training-speed");
        speed.getStyleClass().add("progress-text");
        status.setId("training-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        model.statusIsErrorProperty().addListener((o, was, is) -> showError(is));
        HBox buttons = new HBox(6, start, pause, stop, again);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox bars = new HBox(10, bar, count, speed);
        bars.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(6, buttons, bars, status);
        view.getStyleClass().add("progress-panel");
        state.addListener((o, was, is) -> enableFor(is));
        enableFor(state.get());
    }

    /** {@code progress} at the panel's pace while a run goes on, at once otherwise. */
    private static ObjectProperty<RunProgress> paced(ReadOnlyObjectProperty<RunProgress> progress,
                                                     ReadOnlyObjectProperty<RunState> state) {
        ObjectProperty<RunProgress> shown = new SimpleObjectProperty<>(progress.get());
        Pace pace = new Pace(UPDATES_PER_SECOND, () -> shown.set(progress.get()));
        progress.addListener(o -> {
            if (state.get() == RunState.RUNNING) {
                pace.request();
            } else {
                pace.run();
            }
        });
        return shown;
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

    /** The bar's fill, as on screen. */
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

    private static Message countText(RunProgress p) {
        return p.total() == 0 ? Message.EMPTY : Message.of("training.progress.count",
                Message.of("training.unit.iterations"), p.done(), p.total());
    }

    private static Message speedText(RunProgress p) {
        return Double.isNaN(p.perSecond()) ? Message.EMPTY
                : Message.of("training.progress.speed", Num.integer(Math.round(p.perSecond())),
                        Num.duration(Double.isNaN(p.secondsLeft()) ? 0 : p.secondsLeft()));
    }

    private void showError(boolean error) {
        status.getStyleClass().remove("error-text");
        if (error) {
            status.getStyleClass().add("error-text");
        }
    }
}
