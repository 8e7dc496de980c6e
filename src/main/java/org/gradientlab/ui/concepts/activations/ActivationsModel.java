package org.gradientlab.ui.concepts.activations;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.gradientlab.core.concepts.activations.ActivationPortrait;
import org.gradientlab.core.concepts.activations.ActivationSettings;
import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.concepts.activations.PreluFit;
import org.gradientlab.core.concepts.activations.PreluFitConfig;
import org.gradientlab.ui.kit.job.JobFailure;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.kit.job.LabJob;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The gallery's state: the chosen function and its parameters, their portrait (the core's
 * curve, regions and checklist; a few hundred floats, recomputed at once on every change),
 * and the PReLU mini-training, run once off the FX thread and then replayed step by step.
 * FX thread only, except that the training runs on the kit's {@code jobs}.
 */
final class ActivationsModel implements SetupModel<ActivationsSetup> {
    private final ReadOnlyObjectWrapper<GalleryFunction> function = new ReadOnlyObjectWrapper<>(this, "function",
            GalleryFunction.SIGMOID);
    private final ReadOnlyObjectWrapper<ActivationSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings",
            ActivationSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<ActivationPortrait> portrait = new ReadOnlyObjectWrapper<>(this, "portrait");
    private final ReadOnlyObjectWrapper<PreluFit.Result> fit = new ReadOnlyObjectWrapper<>(this, "fit");
    private final ReadOnlyObjectWrapper<String> fitError = new ReadOnlyObjectWrapper<>(this, "fitError");
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");

    ActivationsModel(JobRunner jobs) {
        this(jobs, () -> PreluFit.run(PreluFitConfig.DEFAULT));
    }

    /** @param fitRun computes the PReLU fit on a worker of {@code jobs} (tests pass one that fails) */
    ActivationsModel(JobRunner jobs, Supplier<PreluFit.Result> fitRun) {
        function.addListener((o, before, after) -> redraw());
        settings.addListener((o, before, after) -> redraw());
        redraw();
        // Nothing cancels the fit: it is short, and the page keeps its result for good.
        new LabJob<PreluFit.Result>("prelu-fit", jobs).start(run -> fitRun.get(),
                LabJob.Ending.of(fit::set, () -> { }, failure -> fitError.set(JobFailure.message(failure))));
    }

    private void redraw() {
        portrait.set(ActivationPortrait.of(function.get(), settings.get()));
    }

    ReadOnlyObjectProperty<GalleryFunction> functionProperty() {
        return function.getReadOnlyProperty();
    }

    void choose(GalleryFunction next) {
        function.set(next);
    }

    ReadOnlyObjectProperty<ActivationSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** New parameters; the record has checked their ranges. */
    void setSettings(ActivationSettings next) {
        settings.set(next);
    }

    ReadOnlyObjectProperty<ActivationPortrait> portraitProperty() {
        return portrait.getReadOnlyProperty();
    }

    /** The finished mini-training, or null while it runs. */
    ReadOnlyObjectProperty<PreluFit.Result> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    /** Why the training failed, or null. */
    ReadOnlyObjectProperty<String> fitErrorProperty() {
        return fitError.getReadOnlyProperty();
    }

    /** The training step on show, 0 … iterations. */
    ReadOnlyIntegerProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The state on show, or null while training runs. */
    PreluFit.Step shownStep() {
        PreluFit.Result result = fit.get();
        return result == null ? null : result.steps().get(iteration.get());
    }

    /** The states up to the one on show (empty while training runs). */
    List<PreluFit.Step> shownSteps() {
        PreluFit.Result result = fit.get();
        return result == null ? List.of() : result.steps().subList(0, iteration.get() + 1);
    }

    /** One step forward; at the end, playback stops. Returns whether it moved. */
    boolean step() {
        PreluFit.Result result = fit.get();
        if (result == null || iteration.get() >= result.last().iteration()) {
            playing.set(false);
            return false;
        }
        iteration.set(iteration.get() + 1);
        return true;
    }

    /** Starts or pauses playback; playing at the end starts again from step 0. */
    void playPause() {
        PreluFit.Result result = fit.get();
        if (result == null) {
            return;
        }
        if (!playing.get() && iteration.get() >= result.last().iteration()) {
            iteration.set(0);
        }
        playing.set(!playing.get());
    }

    void pause() {
        playing.set(false);
    }

    /** Training back to step 0 (paused), parameters back to their defaults; the function stays. */
    void reset() {
        playing.set(false);
        iteration.set(0);
        settings.set(ActivationSettings.DEFAULT);
    }

    @Override
    public Class<ActivationsSetup> setupType() {
        return ActivationsSetup.class;
    }

    @Override
    public ActivationsSetup setup() {
        return ActivationsSetup.of(function.get(), settings.get());
    }

    /** The function and parameters of {@code setup}; the PReLU playback back at step 0, paused. */
    @Override
    public void apply(ActivationsSetup setup) {
        playing.set(false);
        iteration.set(0);
        function.set(setup.galleryFunction());
        settings.set(setup.settings());
    }
}
