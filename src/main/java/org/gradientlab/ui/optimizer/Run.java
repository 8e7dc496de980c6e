package org.gradientlab.ui.optimizer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.RunSummary;
import org.gradientlab.core.surface.Trajectory;

/** One optimizer of the lab: its settings, whether it is shown, and its whole computed path. */
public final class Run {
    private final OptimizerKind kind;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyObjectWrapper<OptimizerSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");
    private final ReadOnlyObjectWrapper<RunSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");

    Run(OptimizerKind kind, OptimizerSettings initial) {
        this.kind = kind;
        settings.set(initial);
    }

    public OptimizerKind kind() {
        return kind;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    public ReadOnlyObjectProperty<OptimizerSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public OptimizerSettings settings() {
        return settings.get();
    }

    /** The path from the start, all steps at once; replaced whenever a setting changes. */
    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    public Trajectory trajectory() {
        return trajectory.get();
    }

    public ReadOnlyObjectProperty<RunSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public RunSummary summary() {
        return summary.get();
    }

    void setSettings(OptimizerSettings next) {
        settings.set(next);
    }

    void setResult(Trajectory path) {
        trajectory.set(path);
        summary.set(RunSummary.of(path));
    }
}
