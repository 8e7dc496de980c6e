package org.gradientlab.ui.scene;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;

import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.ui.export.WriteFailureText;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.prefs.RecentScenes;

/**
 * File → Save scene, Open scene, the recent scenes, and a scene file or figure dropped on the
 * window. A file is read and checked whole before anything changes; a failure ends in a
 * dialog that names the problem and the field, and the labs keep what they show. FX thread.
 */
public final class SceneController {
    private final I18n i18n;
    private final SceneBinding binding;
    private final Supplier<Window> owner;
    private final SceneChooser chooser;
    private final RecentScenes recent;
    private final LessonPresenter presenter;

    public SceneController(I18n i18n, SceneBinding binding, Supplier<Window> owner, SceneChooser chooser,
                           RecentScenes recent, LessonPresenter presenter) {
        this.i18n = i18n;
        this.binding = binding;
        this.owner = owner;
        this.chooser = chooser;
        this.recent = recent;
        this.presenter = presenter;
    }

    public LessonPresenter presenter() {
        return presenter;
    }

    /** Help → Lessons: one of the lessons that come with the app ({@link #SHIPPED}). */
    public boolean openShippedLesson(String id) {
        try (var in = SceneController.class.getResourceAsStream("/lessons/" + id + "." + SceneFiles.EXTENSION)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped lesson '" + id + "'");
            }
            return start(LessonFiles.read(in.readAllBytes(), binding.schema()), id);
        } catch (SceneError e) {
            showError("scene.error.title", "scene.error.header", e.message(id));
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The lessons that come with the app, in the order of the book. */
    public static final List<String> SHIPPED = List.of("optimizers", "initialization", "babysitting");

    /** A new lesson whose first step is the window as it is now. */
    public void newLesson() {
        presenter.start(new Lesson(new Lesson.Text("Lesson", "수업"), List.of(new Lesson.Step(binding.capture(false),
                new Lesson.Text("", ""), List.of(), List.of()))));
    }

    /** Saves the lesson being presented, with the edits made to it. */
    public void saveLessonInteractively() {
        if (!presenter.isPresenting()) {
            return;
        }
        chooser.saveTo(owner.get(), "lesson." + SceneFiles.EXTENSION).ifPresent(file -> {
            try {
                LessonFiles.write(file, presenter.lessonProperty().get());
                recent.add(file);
            } catch (WriteFailure e) {
                showError("scene.error.save-title", "scene.error.save-header",
                        WriteFailureText.failed("export.error.detail", file, e));
            }
        });
    }

    private boolean start(Lesson lesson, String name) {
        try {
            presenter.start(lesson);
            return true;
        } catch (RuntimeException e) {
            presenter.stop();
            showError("scene.error.title", "scene.error.header",
                    Message.of("scene.error.invalid", name, "", String.valueOf(e.getMessage())));
            return false;
        }
    }

    public SceneBinding binding() {
        return binding;
    }

    /** The scene a figure written now carries: every setup and the look, as JSON. */
    public String figureScene() {
        return SceneFiles.json(binding.capture(true));
    }

    public void saveInteractively() {
        chooser.saveTo(owner.get(), "gradient-lab-" + binding.capture(false).lab() + "." + SceneFiles.EXTENSION)
                .ifPresent(this::save);
    }

    public void openInteractively() {
        chooser.open(owner.get()).ifPresent(this::open);
    }

    /** Writes the current setups (not the look: whoever opens it keeps theirs) to {@code file}. */
    public boolean save(Path file) {
        try {
            SceneFiles.write(file, binding.capture(false));
            recent.add(file);
            return true;
        } catch (WriteFailure e) {
            showError("scene.error.save-title", "scene.error.save-header",
                    WriteFailureText.failed("export.error.detail", file, e));
            return false;
        }
    }

    /** Opens {@code file}, a .glab or a figure (PNG, SVG, PDF) with a scene; false, with a dialog, when it cannot be used. */
    public boolean open(Path file) {
        String name = String.valueOf(file.getFileName());
        SavedScene scene;
        try {
            byte[] json = SceneFiles.json(file);
            if (LessonFiles.isLesson(json)) {
                boolean started = start(LessonFiles.read(json, binding.schema()), name);
                if (started) {
                    recent.add(file);
                }
                return started;
            }
            scene = SceneReader.read(json, binding.schema());
        } catch (SceneError e) {
            showError("scene.error.title", "scene.error.header", e.message(name));
            return false;
        }
        try {
            binding.apply(scene);
        } catch (RuntimeException e) {
            // Checked whole when read, so a lab refusing it is a bug; the labs are back as they were.
            showError("scene.error.title", "scene.error.header",
                    Message.of("scene.error.invalid", name, "", String.valueOf(e.getMessage())));
            return false;
        }
        recent.add(file);
        return true;
    }

    public List<Path> recentFiles() {
        return recent.list();
    }

    /** A .glab or an exported figure (PNG, SVG, PDF) dragged over the window may be dropped; dropping opens it. */
    public void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (droppedFile(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = droppedFile(e);
            if (file.isPresent()) {
                e.setDropCompleted(open(file.get()));
                e.consume();
            }
        });
    }

    private static Optional<Path> droppedFile(DragEvent e) {
        if (!e.getDragboard().hasFiles() || e.getDragboard().getFiles().size() != 1) {
            return Optional.empty();
        }
        File file = e.getDragboard().getFiles().get(0);
        String name = file.getName();
        return droppable(name) ? Optional.of(file.toPath()) : Optional.empty();
    }

    /** A scene file, or a figure the app may have exported with its scene (PNG, SVG, PDF). */
    static boolean droppable(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith("." + SceneFiles.EXTENSION) || name.endsWith(".png") || name.endsWith(".svg")
                || name.endsWith(".pdf");
    }

    private void showError(String titleKey, String headerKey, Message detail) {
        ButtonType ok = new ButtonType(i18n.text("button.ok"), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ok);
        alert.contentTextProperty().bind(i18n.label(detail));
        alert.initOwner(owner.get());
        alert.titleProperty().bind(i18n.label(titleKey));
        alert.headerTextProperty().bind(i18n.label(headerKey));
        alert.getDialogPane().setId("scene-error");
        alert.show();
    }
}
