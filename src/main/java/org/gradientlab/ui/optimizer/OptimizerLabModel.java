package org.gradientlab.ui.optimizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.ExpressionSurface;
import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.core.surface.Surface;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The state of the optimizer lab: surface, start, step count, the six runs, the visible part
 * of the plane and the playback position. Every path is computed in full whenever a setting
 * changes (30–1000 cheap steps), so moving through the steps only reads.
 * <p>
 * Setters validate through the core's records: bad input throws IllegalArgumentException and
 * leaves everything as it was, so the last good runs stay on screen.
 */
public final class OptimizerLabModel implements SetupModel<OptimizerSetup> {
    public static final int MAX_STEPS = 1000;
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 60;
    public static final double DEFAULT_SPEED = 6;
    /** The four panels of the book's figure 6-8, in its order. */
    public static final List<OptimizerKind> BOOK_KINDS =
            List.of(OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.ADAGRAD, OptimizerKind.ADAM);

    /** All runs on one plot, or one small plot per run as in the book. */
    public enum Layout { OVERLAY, SMALL_MULTIPLES }

    /** The contour map, the surface in 3-D, or both side by side. */
    public enum Dimension { TWO_D, THREE_D, BOTH }

    private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final ReadOnlyObjectWrapper<Vec2> start = new ReadOnlyObjectWrapper<>(this, "start");
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps");
    private final ReadOnlyObjectWrapper<GradientNoise> noise = new ReadOnlyObjectWrapper<>(this, "noise", GradientNoise.NONE);
    private final Map<OptimizerKind, Run> runs = new EnumMap<>(OptimizerKind.class);
    private final ObjectProperty<OptimizerKind> selected = new SimpleObjectProperty<>(this, "selected", OptimizerKind.SGD);
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.OVERLAY);
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(this, "dimension", Dimension.TWO_D);
    private final ObjectProperty<ViewRect> view = new SimpleObjectProperty<>(this, "view");
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position");
    private final ReadOnlyIntegerWrapper currentStep = new ReadOnlyIntegerWrapper(this, "currentStep");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", DEFAULT_SPEED);
    private UpdateWalk walk;

    /** The book's surface, start and 30 steps, all six runs at the figure's learning rates, shown complete. */
    public OptimizerLabModel() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            runs.put(kind, new Run(kind, bookSettings(kind)));
        }
        position.addListener((obs, old, now) -> currentStep.set((int) Math.floor(now.doubleValue())));
        surface.set(PresetSurface.BOOK);
        start.set(TrajectorySettings.BOOK_START);
        steps.set(TrajectorySettings.BOOK_STEPS);
        view.set(PresetSurface.BOOK.view());
        recomputeAll();
        position.set(steps.get());
    }

    private static OptimizerSettings bookSettings(OptimizerKind kind) {
        return TrajectorySettings.bookFigure(kind).optimizer();
    }

    /** The runs in the order of {@link OptimizerKind}. */
    public List<Run> runs() {
        return Collections.unmodifiableList(new ArrayList<>(runs.values()));
    }

    public Run run(OptimizerKind kind) {
        return runs.get(kind);
    }

    /** The enabled runs, in kind order. */
    public List<Run> enabledRuns() {
        return runs.values().stream().filter(Run::isEnabled).toList();
    }

    /** One update taken apart (issue 19.4); made on first use, once the runs exist. */
    public UpdateWalk walk() {
        if (walk == null) {
            walk = new UpdateWalk(this);
        }
        return walk;
    }

    // --- inputs -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Surface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    public Surface surface() {
        return surface.get();
    }

    /**
     * A preset name or a formula in x and y; on a new surface the view becomes the surface's
     * own and a start outside it moves inside. Throws (an ExpressionException says where) and
     * keeps the current surface when the text is neither.
     */
    public void setSurface(String nameOrFormula) {
        Surface next = ExpressionSurface.presetOrParse(nameOrFormula);
        ViewRect nextView = next.view();
        surface.set(next);
        view.set(nextView);
        if (!nextView.contains(start.get().x(), start.get().y())) {
            // Upper left, clear of the middle where most minima are.
            start.set(new Vec2(nextView.xMin() + 0.15 * (nextView.xMax() - nextView.xMin()),
                    nextView.yMax() - 0.2 * (nextView.yMax() - nextView.yMin())));
        }
        recomputeAll();
    }

    public ReadOnlyObjectProperty<Vec2> startProperty() {
        return start.getReadOnlyProperty();
    }

    public Vec2 start() {
        return start.get();
    }

    /** Every run restarts from {@code point}; the current step is kept. */
    public void setStart(Vec2 point) {
        if (!point.isFinite()) {
            throw new IllegalArgumentException("start must be a finite point, got " + point);
        }
        start.set(point);
        recomputeAll();
    }

    public ReadOnlyIntegerProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public int steps() {
        return steps.get();
    }

    /** Updates per run, 1..{@value #MAX_STEPS}; the current step is kept where it still exists. */
    public void setSteps(int count) {
        if (count < 1 || count > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in 1.." + MAX_STEPS + ", got " + count);
        }
        steps.set(count);
        recomputeAll();
        if (position.get() > count) {
            position.set(count);
        }
    }

    /**
     * Changes one run's settings, e.g. {@code s -> s.withLearningRate(0.5)}; the record's own
     * validation rejects a bad value before anything changes.
     */
    public void update(OptimizerKind kind, UnaryOperator<OptimizerSettings> change) {
        Run run = runs.get(kind);
        OptimizerSettings next = change.apply(run.settings());
        if (next.kind() != kind) {
            throw new IllegalArgumentException("settings for " + next.kind().id() + " given to the " + kind.id() + " run");
        }
        run.setSettings(next);
        recompute(run);
    }

    /** Noise on every run's gradients (the same seed for all, so the comparison stays fair). */
    public ReadOnlyObjectProperty<GradientNoise> noiseProperty() {
        return noise.getReadOnlyProperty();
    }

    public GradientNoise noise() {
        return noise.get();
    }

    /** Every run again with {@code value}'s noise; {@link GradientNoise#NONE} gives the book's exact paths. */
    public void setNoise(GradientNoise value) {
        noise.set(java.util.Objects.requireNonNull(value, "noise"));
        recomputeAll();
    }

    /** What {@code run} is computed from: the lab's surface, start, steps and noise with the run's optimizer. */
    public TrajectorySettings trajectorySettings(Run run) {
        return new TrajectorySettings(surface.get(), run.settings(), start.get(), steps.get(), noise.get());
    }

    public ObjectProperty<OptimizerKind> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    /** The part of the plane on screen; zoom and pan replace it. */
    public ObjectProperty<ViewRect> viewProperty() {
        return view;
    }

    public void resetView() {
        view.set(surface.get().view());
    }

    /** The book's figure 6-8 exactly: its surface, start, 30 steps and lrs, its four optimizers in a 2×2 grid, complete. */
    public void bookSetup() {
        pause();
        surface.set(PresetSurface.BOOK);
        start.set(TrajectorySettings.BOOK_START);
        steps.set(TrajectorySettings.BOOK_STEPS);
        view.set(PresetSurface.BOOK.view());
        noise.set(GradientNoise.NONE);
        for (Run run : runs.values()) {
            run.setSettings(bookSettings(run.kind()));
            run.enabledProperty().set(BOOK_KINDS.contains(run.kind()));
        }
        recomputeAll();
        selected.set(OptimizerKind.SGD);
        layout.set(Layout.SMALL_MULTIPLES);
        position.set(steps.get());
    }

    // --- saved scenes -------------------------------------------------------------------------

    @Override
    public Class<OptimizerSetup> setupType() {
        return OptimizerSetup.class;
    }

    @Override
    public OptimizerSetup setup() {
        List<OptimizerSetup.RunSetup> all = runs.values().stream()
                .map(run -> new OptimizerSetup.RunSetup(run.isEnabled(), run.settings())).toList();
        ViewRect shown = view.get().equals(surface.get().view()) ? null : view.get();
        return new OptimizerSetup(surface.get().id(), start.get(), steps.get(), all, shown, layout.get(),
                selected.get(), currentStep.get(), noise.get(), dimension.get());
    }

    /** Pauses and shows {@code setup} at its step; a run the setup does not list is switched off. */
    @Override
    public void apply(OptimizerSetup setup) {
        pause();
        Surface next = setup.parsedSurface();
        surface.set(next);
        start.set(setup.start());
        steps.set(setup.steps());
        view.set(setup.view() == null ? next.view() : setup.view());
        noise.set(setup.noise());
        runs.values().forEach(run -> run.enabledProperty().set(false));
        for (OptimizerSetup.RunSetup saved : setup.runs()) {
            Run run = runs.get(saved.settings().kind());
            run.setSettings(saved.settings());
            run.enabledProperty().set(saved.enabled());
        }
        recomputeAll();
        selected.set(setup.selected());
        layout.set(setup.layout());
        dimension.set(setup.dimension());
        position.set(setup.step());
    }

    private void recomputeAll() {
        runs.values().forEach(this::recompute);
    }

    private void recompute(Run run) {
        run.setResult(TrajectoryRunner.run(trajectorySettings(run)));
    }

    // --- playback ----------------------------------------------------------------------------

    /** Where the animation is, in steps: 0..steps, fractional between two steps while playing. */
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public double position() {
        return position.get();
    }

    /** The whole step shown: ⌊position⌋. */
    public ReadOnlyIntegerProperty currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public int currentStep() {
        return currentStep.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Steps per second while playing, {@value #MIN_SPEED}..{@value #MAX_SPEED}. */
    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public void setSpeed(double stepsPerSecond) {
        if (!(stepsPerSecond >= MIN_SPEED && stepsPerSecond <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be in " + MIN_SPEED + ".." + MAX_SPEED
                    + " steps per second, got " + stepsPerSecond);
        }
        speed.set(stepsPerSecond);
    }

    /** Plays from here, or from the start when at the end. */
    public void play() {
        if (position.get() >= steps.get()) {
            position.set(0);
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void playPause() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and shows the next whole step. */
    public void stepForward() {
        pause();
        position.set(Math.min(steps.get(), Math.floor(position.get()) + 1));
    }

    /** Pauses and shows the previous whole step. */
    public void stepBack() {
        pause();
        position.set(Math.max(0, Math.ceil(position.get()) - 1));
    }

    /** Pauses at step 0. */
    public void reset() {
        pause();
        position.set(0);
    }

    /** Pauses at {@code step}, clamped to 0..steps. */
    public void seek(int step) {
        pause();
        position.set(Math.max(0, Math.min(steps.get(), step)));
    }

    /** Moves the playback on by {@code seconds} of wall time; stops at the last step. */
    public void advance(double seconds) {
        if (!playing.get() || !(seconds > 0)) {
            return;
        }
        double next = position.get() + speed.get() * seconds;
        if (next >= steps.get()) {
            next = steps.get();
            playing.set(false);
        }
        position.set(next);
    }
}
