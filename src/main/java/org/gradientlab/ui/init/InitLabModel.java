package org.gradientlab.ui.init;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.init.ProbeWorker.Request;
import org.gradientlab.ui.init.ProbeWorker.Response;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.kit.job.LatestWins;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The initialization lab's state: the settings the controls write, the display switches, and
 * the outcomes the views draw. Every change submits one request to the kit's worker through
 * {@link LatestWins}, one probe at a time; outcomes come back on the FX thread. Properties are touched on the
 * FX thread only.
 */
public final class InitLabModel implements SetupModel<InitSetup> {
    private final ReadOnlyObjectWrapper<InitSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings",
            InitSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<InitSettings> pinnedSettings = new ReadOnlyObjectWrapper<>(this, "pinnedSettings");
    private final BooleanProperty showGradients = new SimpleBooleanProperty(this, "showGradients", false);
    private final BooleanProperty sharedScale = new SimpleBooleanProperty(this, "sharedScale", true);
    private final BooleanProperty bookFigure = new SimpleBooleanProperty(this, "bookFigure", false);

    private final ReadOnlyObjectWrapper<ProbeOutcome> live = new ReadOnlyObjectWrapper<>(this, "live");
    private final ReadOnlyObjectWrapper<ProbeOutcome> pinned = new ReadOnlyObjectWrapper<>(this, "pinned");
    private final ReadOnlyObjectWrapper<List<ProbeOutcome>> book = new ReadOnlyObjectWrapper<>(this, "book", List.of());
    private Request applied;
    private final LatestWins<Request, Response> runner;
    private final Function<Request, Response> compute;

    /** The lab's model: probes on the kit's shared worker, results applied once per frame. FX thread. */
    public InitLabModel() {
        this(JobRunner.shared(), new ProbeWorker()::compute);
    }

    /**
     * @param jobs    runs the probe and hands its result to the FX thread
     * @param compute the probe runs (tests count or stub them)
     */
    InitLabModel(JobRunner jobs, Function<Request, Response> compute) {
        this.compute = compute;
        runner = jobs.latestWins(compute, this::apply);
        // The first figure is there at once, so a window or a snapshot never shows an empty lab.
        apply(compute.apply(request()));
        settings.addListener((o, a, b) -> submit());
        pinnedSettings.addListener((o, a, b) -> submit());
        showGradients.addListener((o, a, b) -> submit());
        bookFigure.addListener((o, a, b) -> submit());
    }

    private Request request() {
        return new Request(settings.get(), pinnedSettings.get(), showGradients.get(), bookFigure.get());
    }

    private void submit() {
        runner.submit(request());
    }

    private void apply(Response response) {
        applied = response.request();
        live.set(response.live());
        // A response computed before a pin, an unpin or the book closing must not undo them.
        ProbeOutcome a = response.pinned();
        if (a != null && a.settings().equals(pinnedSettings.get())) {
            pinned.set(a);
        }
        book.set(bookFigure.get() ? response.book() : List.of());
    }

    /** True when the outcomes shown are those of the current settings and switches. */
    public boolean isSettled() {
        return request().equals(applied);
    }

    public ReadOnlyObjectProperty<InitSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public InitSettings settings() {
        return settings.get();
    }

    public void setSettings(InitSettings value) {
        settings.set(Objects.requireNonNull(value, "settings"));
    }

    public void setActivation(Activation value) {
        setSettings(settings.get().withActivation(value));
    }

    public void setInit(InitChoice value) {
        setSettings(settings.get().withInit(value));
    }

    public void setCustomStd(double value) {
        setSettings(settings.get().withCustomStd(value));
    }

    public void setLayers(int value) {
        setSettings(settings.get().withLayers(value));
    }

    public void setNodes(int value) {
        setSettings(settings.get().withNodes(value));
    }

    public void setBatchNorm(boolean value) {
        setSettings(settings.get().withBatchNorm(value));
    }

    public void setSeed(long value) {
        setSettings(settings.get().withSeed(value));
    }

    /** "New sample": the next seed, so every sample can be found again by its number. */
    public void newSample() {
        setSeed(settings.get().seed() + 1);
    }

    /** Keeps the current setting as the A side; the B side goes on following the controls. */
    public void pin() {
        ProbeOutcome now = live.get();
        pinnedSettings.set(settings.get());
        if (now != null && now.settings().equals(settings.get())) {
            pinned.set(now);
        }
    }

    public void unpin() {
        pinnedSettings.set(null);
        pinned.set(null);
    }

    public ReadOnlyObjectProperty<InitSettings> pinnedSettingsProperty() {
        return pinnedSettings.getReadOnlyProperty();
    }

    public BooleanProperty showGradientsProperty() {
        return showGradients;
    }

    public BooleanProperty sharedScaleProperty() {
        return sharedScale;
    }

    public BooleanProperty bookFigureProperty() {
        return bookFigure;
    }

    /** The live setting's outcome, never null. */
    ReadOnlyObjectProperty<ProbeOutcome> liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** The pinned A side's outcome, null without a pin. */
    ReadOnlyObjectProperty<ProbeOutcome> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** The book's four panels while the book figure is shown, else empty. */
    ReadOnlyObjectProperty<List<ProbeOutcome>> bookProperty() {
        return book.getReadOnlyProperty();
    }

    @Override
    public Class<InitSetup> setupType() {
        return InitSetup.class;
    }

    @Override
    public InitSetup setup() {
        return new InitSetup(settings.get(), pinnedSettings.get(), showGradients.get(), sharedScale.get(),
                bookFigure.get());
    }

    /**
     * Shows {@code setup}, its figure at once as on the lab's first showing (a scene opens on its
     * own picture, and a headless snapshot of it needs no wait); the probes the changes queued
     * come back with the same outcome.
     */
    @Override
    public void apply(InitSetup setup) {
        settings.set(setup.settings());
        pinnedSettings.set(setup.pinned());
        pinned.set(null);
        showGradients.set(setup.showGradients());
        sharedScale.set(setup.sharedScale());
        bookFigure.set(setup.bookFigure());
        apply(compute.apply(request()));
    }

    /** Back to the book's first figure, no pin, no book figure, shared y-scale, no gradients. */
    public void reset() {
        unpin();
        bookFigure.set(false);
        showGradients.set(false);
        sharedScale.set(true);
        settings.set(InitSettings.DEFAULT);
    }
}
