package org.gradientlab.ui.scene;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.widgets.TextButton;

/**
 * The presenter's side panel: where in the lesson we are, the notes (which can be hidden from
 * a projected screen), Previous / Next / Reveal, and editing. Page Down, Page Up and V do the
 * same from the keyboard.
 */
public final class LessonPanel extends VBox {
    private final I18n i18n;
    private final LessonPresenter presenter;
    private final TextArea notes = new TextArea();
    private boolean showingStep;

    public LessonPanel(I18n i18n, LessonPresenter presenter, Runnable save) {
        this.i18n = i18n;
        this.presenter = presenter;
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        setSpacing(8);
        setPrefWidth(300);
        setStyle("-fx-padding: 10;");

        Label title = new Label();
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        title.textProperty().bind(i18n.render(() -> presenter.lessonProperty().get() == null ? ""
                : presenter.lessonProperty().get().title().in(i18n.language()), presenter.lessonProperty()));
        Label counter = new Label();
        counter.setId("lesson-counter");
        counter.textProperty().bind(i18n.render(() -> presenter.lessonProperty().get() == null ? ""
                : i18n.text("lesson.counter", presenter.indexProperty().get() + 1,
                presenter.lessonProperty().get().steps().size()),
                presenter.lessonProperty(), presenter.indexProperty()));

        notes.setId("lesson-notes");
        notes.setWrapText(true);
        notes.setEditable(false);
        VBox.setVgrow(notes, Priority.ALWAYS);
        presenter.lessonProperty().addListener((o, a, b) -> showNotes());
        presenter.indexProperty().addListener((o, a, b) -> showNotes());
        // An editable area cannot bind its text: it shows the new language's notes instead.
        i18n.whenLanguageChanges(this::showNotes);
        notes.textProperty().addListener((o, a, text) -> {
            if (!showingStep && presenter.hasStep() && notes.isEditable()) {
                presenter.setNotes(presenter.step().notes().with(i18n.language(), text));
            }
        });

        presenter.setPlaceholder(() -> {
            Label held = new Label();
            held.getStyleClass().add("lesson-held");
            held.setWrapText(true);
            held.setAlignment(javafx.geometry.Pos.CENTER);
            held.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            held.textProperty().bind(i18n.label("lesson.held"));
            return held;
        });
        Button previous = button("lesson-previous", "lesson.previous", presenter::previous);
        Button next = button("lesson-next", "lesson.next", presenter::next);
        Button reveal = button("lesson-reveal", "lesson.reveal", presenter::reveal);
        reveal.disableProperty().bind(Bindings.createBooleanBinding(() -> presenter.revealedProperty().get(),
                presenter.revealedProperty()));
        ToggleButton hideNotes = new ToggleButton();
        hideNotes.setId("lesson-hide-notes");
        hideNotes.textProperty().bind(i18n.label("lesson.hide-notes"));
        notes.visibleProperty().bind(hideNotes.selectedProperty().not());
        notes.managedProperty().bind(notes.visibleProperty());
        ToggleButton edit = new ToggleButton();
        edit.setId("lesson-edit");
        edit.textProperty().bind(i18n.label("lesson.edit-notes"));
        notes.editableProperty().bind(edit.selectedProperty());

        FlowPane steps = row(previous, next, reveal, hideNotes);
        FlowPane editing = row(button("lesson-add", "lesson.add", presenter::addCurrent),
                button("lesson-delete", "lesson.delete", presenter::deleteCurrent),
                button("lesson-up", "lesson.up", () -> presenter.move(-1)),
                button("lesson-down", "lesson.down", () -> presenter.move(1)), edit,
                button("lesson-save", "lesson.save", save),
                button("lesson-end", "lesson.end", presenter::stop));
        getChildren().addAll(title, counter, steps, notes, editing);
        visibleProperty().bind(presenter.lessonProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    /** Page Down / Page Up step through the lesson, V reveals; only while one is presented. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!presenter.isPresenting() || e.isShortcutDown() || e.isAltDown()
                    || scene.getFocusOwner() instanceof TextInputControl input && input.isEditable()) {
                return;
            }
            Runnable action = switch (e.getCode()) {
                case PAGE_DOWN -> presenter::next;
                case PAGE_UP -> presenter::previous;
                case V -> presenter::reveal;
                default -> null;
            };
            if (action != null) {
                action.run();
                e.consume();
            }
        });
    }

    private void showNotes() {
        showingStep = true;
        // The lesson and the index change one after the other: between the two there may be no step.
        notes.setText(presenter.hasStep() ? presenter.step().notes().in(i18n.language()) : "");
        showingStep = false;
    }

    private Button button(String id, String key, Runnable action) {
        return TextButton.of(i18n, id, key, action);
    }

    private static FlowPane row(javafx.scene.Node... nodes) {
        FlowPane row = new FlowPane(6, 6, nodes);
        return row;
    }

}
