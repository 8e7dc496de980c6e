package org.gradientlab.ui.concepts.schedules;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.gradientlab.core.concepts.schedules.LearningRateSketch;
import org.gradientlab.core.concepts.schedules.ScheduleComparison;
import org.gradientlab.core.concepts.schedules.ScheduleSettings;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The schedules page's state: the edited settings of the four schedules, the settings the loss
 * curves were trained with, and the two runs (the schedules' and the lecture's sketch) with their
 * curves. The page binds to it and forwards its buttons. FX thread only.
 */
final class SchedulesModel implements SetupModel<SchedulesSetup> {
    private final ReadOnlyObjectWrapper<ScheduleSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", ScheduleSettings.defaults());
    private final ReadOnlyBooleanWrapper editorsValid = new ReadOnlyBooleanWrapper(this, "editorsValid", true);
    private final ReadOnlyObjectWrapper<ScheduleSettings> trained = new ReadOnlyObjectWrapper<>(this, "trained");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final LossRun scheduleRun = new LossRun(this::runner);
    private final LossRun sketchRun = new LossRun(this::runner);
    private ExperimentRunner runner;

    SchedulesModel() {
        settings.addListener(o -> stale.set(isStale()));
        trained.addListener(o -> stale.set(isStale()));
    }

    /** The last settings whose every editor was valid, so a typo never blanks the curves. */
    ReadOnlyObjectProperty<ScheduleSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** False while an editor holds text that does not parse; Train then refuses. */
    ReadOnlyBooleanProperty editorsValidProperty() {
        return editorsValid.getReadOnlyProperty();
    }

    /** The settings of the loss curves on show, or null before the first run. */
    ReadOnlyObjectProperty<ScheduleSettings> trainedProperty() {
        return trained.getReadOnlyProperty();
    }

    /** True once the editors moved on from the settings the loss curves belong to. */
    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    private boolean isStale() {
        return trained.get() != null && !trained.get().equals(settings.get());
    }

    /** An edit whose every field is valid. */
    void edit(ScheduleSettings edited) {
        editorsValid.set(true);
        settings.set(edited);
    }

    /** An editor holds invalid text (its message shows); the last valid settings stay. */
    void editInvalid() {
        editorsValid.set(false);
    }

    LossRun scheduleRun() {
        return scheduleRun;
    }

    LossRun sketchRun() {
        return sketchRun;
    }

    /** Trains the four schedules with the edited settings; refused while an editor is invalid. */
    void train() {
        if (editorsValid.get()) {
            trained.set(settings.get());
            scheduleRun.start(settings.get().comparison(ScheduleComparison.lectureSetup()));
        }
    }

    /** Space and the Train button: stops a run, or trains. */
    void playPause() {
        if (scheduleRun.isBusy()) {
            scheduleRun.stop();
        } else {
            train();
        }
    }

    /** Starts the lecture's loss-vs-lr sketch, or stops it. */
    void playPauseSketch() {
        if (sketchRun.isBusy()) {
            sketchRun.stop();
        } else {
            sketchRun.start(LearningRateSketch.comparison(ScheduleComparison.lectureSetup(),
                    LearningRateSketch.ITERATIONS));
        }
    }

    /** Both runs cancelled and forgotten, the editors back to the defaults. */
    void reset() {
        show(ScheduleSettings.defaults());
    }

    private void show(ScheduleSettings next) {
        trained.set(null);
        scheduleRun.clear();
        sketchRun.clear();
        editorsValid.set(true);
        settings.set(next);
    }

    private synchronized ExperimentRunner runner() {
        if (runner == null) {
            runner = new ExperimentRunner();
        }
        return runner;
    }

    @Override
    public Class<SchedulesSetup> setupType() {
        return SchedulesSetup.class;
    }

    @Override
    public SchedulesSetup setup() {
        return SchedulesSetup.of(settings.get());
    }

    /** As a reset to {@code setup}: runs cancelled, curves of other settings forgotten. */
    @Override
    public void apply(SchedulesSetup setup) {
        show(setup.settings());
    }
}
