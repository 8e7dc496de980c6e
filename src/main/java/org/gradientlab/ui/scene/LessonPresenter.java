package org.gradientlab.ui.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;

import org.gradientlab.ui.lab.Lab;

/**
 * Steps through a lesson: shows a step's scene, takes its hidden controls out of the window
 * (they are put back, in place, when the step is left) and holds back its held nodes until
 * {@link #reveal}. Editing changes the lesson in memory; the panel saves it. FX thread.
 */
public final class LessonPresenter {
    private final SceneBinding binding;
    private final Supplier<Lab> current;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<Boolean> revealed = new ReadOnlyObjectWrapper<>(this, "revealed", true);
    /** A control taken out, and where it was, to go back to exactly there. */
    private record Removed(Node node, Pane parent, int position) {}
    private final List<Removed> removed = new ArrayList<>();
    private final List<Node> heldBack = new ArrayList<>();
    /** A held figure's stand-in, so the class sees a question where the figure will be, not a blank. */
    private record Placeholder(Node held, Node node, Pane parent, ChangeListener<Bounds> follow) {}
    private final List<Placeholder> placeholders = new ArrayList<>();
    private Supplier<Node> placeholder = () -> null;

    public LessonPresenter(SceneBinding binding, Supplier<Lab> current) {
        this.binding = binding;
        this.current = current;
    }

    /** What stands where a held-back figure will appear (the panel's "predict, then reveal" text). */
    public void setPlaceholder(Supplier<Node> factory) {
        this.placeholder = factory;
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The step on show, 0-based; −1 without a lesson. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** False while the step holds something back. */
    public ReadOnlyObjectProperty<Boolean> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return lesson.get() != null;
    }

    /** Starts {@code next} at its first step. */
    public void start(Lesson next) {
        restore();
        index.set(-1);
        lesson.set(next);
        show(0);
    }

    /** Ends the lesson; the labs keep the last step's setup, every control is back. */
    public void stop() {
        restore();
        lesson.set(null);
        index.set(-1);
        revealed.set(true);
    }

    public void next() {
        if (isPresenting() && index.get() + 1 < lesson.get().steps().size()) {
            show(index.get() + 1);
        }
    }

    public void previous() {
        if (isPresenting() && index.get() > 0) {
            show(index.get() - 1);
        }
    }

    /** Shows what the step held back. */
    public void reveal() {
        for (Placeholder p : placeholders) {
            p.held().boundsInParentProperty().removeListener(p.follow());
            p.parent().getChildren().remove(p.node());
        }
        placeholders.clear();
        heldBack.forEach(node -> node.setVisible(true));
        heldBack.clear();
        revealed.set(true);
    }

    /** True while a lesson is presented and the index points into it. */
    public boolean hasStep() {
        return isPresenting() && index.get() >= 0 && index.get() < lesson.get().steps().size();
    }

    public Lesson.Step step() {
        return lesson.get().steps().get(index.get());
    }

    private void show(int step) {
        restore();
        index.set(step);
        Lesson.Step shown = lesson.get().steps().get(step);
        binding.apply(shown.scene());
        Parent root = (Parent) current.get().view();
        root.applyCss();
        for (String id : shown.hidden()) {
            Node node = root.lookup("#" + id);
            if (node != null && node.getParent() instanceof Pane parent) {
                removed.add(new Removed(node, parent, parent.getChildren().indexOf(node)));
                parent.getChildren().remove(node);
            }
        }
        for (String id : shown.held()) {
            Node node = root.lookup("#" + id);
            if (node != null) {
                node.setVisible(false);
                heldBack.add(node);
                standIn(node);
            }
        }
        revealed.set(heldBack.isEmpty());
    }

    /**
     * Lays the placeholder over the held node's place, unmanaged, so the layout stays what it
     * will be after Reveal; it follows the node's bounds when the window is resized.
     */
    private void standIn(Node held) {
        Node stand = placeholder.get();
        if (stand == null || !(held.getParent() instanceof Pane parent)) {
            return;
        }
        stand.setManaged(false);
        ChangeListener<Bounds> follow = (o, was, b) -> stand.resizeRelocate(b.getMinX(), b.getMinY(),
                b.getWidth(), b.getHeight());
        parent.getChildren().add(parent.getChildren().indexOf(held) + 1, stand);
        held.boundsInParentProperty().addListener(follow);
        follow.changed(null, null, held.getBoundsInParent());
        placeholders.add(new Placeholder(held, stand, parent, follow));
    }

    private void restore() {
        reveal();
        // Back in reverse order, so each goes to the position it had.
        for (int i = removed.size() - 1; i >= 0; i--) {
            Removed r = removed.get(i);
            r.parent().getChildren().add(Math.min(r.position(), r.parent().getChildren().size()), r.node());
        }
        removed.clear();
    }

    // --- editing -----------------------------------------------------------------------------

    /** Adds the window as it is now after the current step (an empty lesson gets its first step) and shows it. */
    public void addCurrent() {
        Lesson.Step step = new Lesson.Step(binding.capture(false), new Lesson.Text("", ""), List.of(), List.of());
        List<Lesson.Step> steps = new ArrayList<>(lesson.get().steps());
        int at = index.get() + 1;
        steps.add(at, step);
        restore();
        lesson.set(new Lesson(lesson.get().title(), steps));
        index.set(at);
        revealed.set(true);
    }

    /** Removes the current step; the lesson keeps at least one. */
    public void deleteCurrent() {
        List<Lesson.Step> steps = new ArrayList<>(lesson.get().steps());
        if (steps.size() <= 1) {
            return;
        }
        steps.remove(index.get());
        lesson.set(new Lesson(lesson.get().title(), steps));
        show(Math.min(index.get(), steps.size() - 1));
    }

    /** Moves the current step one place earlier (−1) or later (+1). */
    public void move(int by) {
        List<Lesson.Step> steps = new ArrayList<>(lesson.get().steps());
        int to = index.get() + by;
        if (to < 0 || to >= steps.size()) {
            return;
        }
        steps.add(to, steps.remove(index.get()));
        lesson.set(new Lesson(lesson.get().title(), steps));
        index.set(to);
    }

    public void setNotes(Lesson.Text notes) {
        List<Lesson.Step> steps = new ArrayList<>(lesson.get().steps());
        steps.set(index.get(), steps.get(index.get()).withNotes(notes));
        lesson.set(new Lesson(lesson.get().title(), steps));
    }
}
