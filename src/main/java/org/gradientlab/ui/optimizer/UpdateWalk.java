package org.gradientlab.ui.optimizer;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.gradientlab.core.surface.StepDetail;
import org.gradientlab.core.surface.UpdateParts;
import org.gradientlab.core.surface.UpdatePart;

/**
 * "Take apart": the selected run's update at the current step, split by the core into its parts,
 * and which part is on show. Forward past the last part goes on to the next update, back before
 * the first to the previous update's last part, so ] and [ walk the whole run part by part.
 */
public final class UpdateWalk {
    private final OptimizerLabModel model;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final ReadOnlyObjectWrapper<List<UpdatePart>> parts = new ReadOnlyObjectWrapper<>(this, "parts", List.of());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    // After stepping back into the previous update: show its last part, not its first.
    private boolean landOnLast;

    UpdateWalk(OptimizerLabModel model) {
        this.model = model;
        on.addListener((obs, was, now) -> {
            if (now) {
                startWalking();
            }
            refresh(true);
        });
        model.currentStepProperty().addListener((obs, old, now) -> refresh(true));
        model.positionProperty().addListener((obs, old, now) -> refresh(false));
        model.selectedProperty().addListener((obs, old, now) -> refresh(true));
        model.runs().forEach(run -> run.trajectoryProperty().addListener((obs, old, now) -> refresh(false)));
    }

    /** Whether the mode is on. */
    public BooleanProperty onProperty() {
        return on;
    }

    public boolean isOn() {
        return on.get();
    }

    /** The parts of the update on show; empty while the mode is off, between steps or at a run's end. */
    public ReadOnlyObjectProperty<List<UpdatePart>> partsProperty() {
        return parts.getReadOnlyProperty();
    }

    public List<UpdatePart> parts() {
        return parts.get();
    }

    /** The part on show, 0-based; the ones before it stay drawn. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int index() {
        return index.get();
    }

    public Optional<UpdatePart> current() {
        List<UpdatePart> shown = parts.get();
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(Math.min(index.get(), shown.size() - 1)));
    }

    /** The next part, or the first part of the next update (pauses); with the mode off, turns it on at the first part. */
    public void next() {
        if (!on.get()) {
            on.set(true);
            return;
        }
        settle();
        if (index.get() < parts.get().size() - 1) {
            index.set(index.get() + 1);
        } else if (hasUpdate(model.currentStep() + 1)) {
            model.seek(model.currentStep() + 1);
        }
    }

    /** The previous part, or the last part of the previous update (pauses); with the mode off, turns it on. */
    public void previous() {
        if (!on.get()) {
            on.set(true);
            return;
        }
        settle();
        if (index.get() > 0) {
            index.set(index.get() - 1);
        } else if (model.currentStep() > 0) {
            landOnLast = true;
            model.seek(model.currentStep() - 1);
            landOnLast = false;
        }
    }

    /** A paused, whole step, so there is one update to show. */
    private void settle() {
        if (model.isPlaying() || model.position() != model.currentStep()) {
            model.seek(model.currentStep());
        }
    }

    /** At a run's end there is nothing to take apart: begin at its first update. */
    private void startWalking() {
        settle();
        if (!hasUpdate(model.currentStep())) {
            model.seek(0);
        }
    }

    private boolean hasUpdate(int step) {
        return StepDetail.of(model.run(model.selectedProperty().get()).trajectory(), step).isPresent();
    }

    private void refresh(boolean newUpdate) {
        boolean whole = model.position() == Math.floor(model.position());
        List<UpdatePart> next = on.get() && whole
                ? StepDetail.of(model.run(model.selectedProperty().get()).trajectory(), model.currentStep())
                        .map(UpdateParts::of).orElse(List.of())
                : List.of();
        int at = newUpdate ? (landOnLast ? next.size() - 1 : 0) : Math.min(index.get(), next.size() - 1);
        // Index 0 first: it is valid for any list, so no listener ever sees an index past the parts.
        index.set(0);
        parts.set(next);
        index.set(Math.max(0, at));
    }
}
