package org.gradientlab.ui.shell;

import java.util.List;
import java.util.function.Function;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.gradientlab.ui.export.ExportController;
import org.gradientlab.ui.export.PathChooser;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.prefs.ShellPreferences;
import org.gradientlab.ui.prefs.ShellSettings;
import org.gradientlab.ui.prefs.WindowPlacement;
import org.gradientlab.ui.scene.LessonPanel;
import org.gradientlab.ui.scene.LessonPresenter;
import org.gradientlab.ui.scene.SceneBinding;
import org.gradientlab.ui.scene.SceneChooser;
import org.gradientlab.ui.scene.SceneController;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;

/**
 * The main window: builds the view from saved settings, wires menus, shortcuts, export and
 * presentation mode to the stage, and saves the settings when the window closes.
 */
public final class ShellWindow {
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private final Stage stage;
    private final ShellPreferences preferences;
    private final ShellSettings initial;
    private final I18n i18n;
    private final Appearance appearance;
    private final ExportController export;
    private final MainView view;
    private final SceneController scenes;
    private final LessonPanel lessonPanel;
    private final Runnable unstyleWindows;
    // The last bounds the window had while neither maximized nor full screen.
    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;

    public ShellWindow(Stage stage, ShellPreferences preferences, Function<I18n, PathChooser> chooser,
                       Function<I18n, List<Lab>> labs) {
        this.stage = stage;
        this.preferences = preferences;
        this.initial = preferences.load();
        this.i18n = new I18n(initial.language());
        this.appearance = new Appearance(initial.theme(), initial.fontScale());
        this.unstyleWindows = appearance.styleAllWindows();
        HelpDialogs help = new HelpDialogs(i18n, stage);
        this.export = new ExportController(i18n, this::currentLab, () -> stage, chooser.apply(i18n),
                initial.exportScale(), initial.lastExportDir());
        // The menu is built with the view, the scene controller from the view's labs: the actions wait for it.
        MenuActions actions = new MenuActions(export::exportInteractively, export::copyToClipboard,
                stage::close, help::showShortcuts, help::showAbout, () -> scenes().saveInteractively(),
                () -> scenes().openInteractively(), () -> scenes().recentFiles(), file -> scenes().open(file),
                SceneController.SHIPPED, id -> scenes().openShippedLesson(id), () -> scenes().newLesson());
        this.view = new MainView(i18n, appearance, labs.apply(i18n), actions);
        SceneBinding binding = new SceneBinding(view.labs(), view::currentLab, view::select, appearance);
        LessonPresenter presenter = new LessonPresenter(binding, view::currentLab);
        this.scenes = new SceneController(i18n, binding, () -> stage, SceneChooser.system(i18n),
                preferences.recentScenes(), presenter);
        this.lessonPanel = new LessonPanel(i18n, presenter, scenes::saveLessonInteractively);
        view.setRight(lessonPanel);
        export.setMetadata(scenes::figureScene);
        Fonts.load();  // before the scene is styled; the app may have started it ahead on the job pool
        createWindow();
        wirePresentation();
        trackBounds();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            save();
            unstyleWindows.run();
        });
    }

    private void createWindow() {
        Screen primary = Screen.getPrimary();
        Rectangle2D bounds = WindowPlacement.place(initial,
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), primary.getVisualBounds());
        Pointer pointer = new Pointer(view);
        Scene scene = new Scene(pointer.root(), bounds.getWidth(), bounds.getHeight());
        appearance.style(scene);
        LabShortcuts.install(scene, this::currentLab);
        pointer.install(scene);
        scenes.acceptDrops(scene);
        lessonPanel.installKeys(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(i18n.label("app.title"));
        // A screen smaller than the minimum (rare) still gets a window that fits it.
        stage.setMinWidth(Math.min(ShellSettings.MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(ShellSettings.MIN_HEIGHT, bounds.getHeight()));
        stage.getIcons().setAll(java.util.Arrays.stream(ICON_SIZES)
                .mapToObj(size -> new Image(ShellWindow.class.getResource("/icons/gradient-lab-" + size + ".png")
                        .toExternalForm()))
                .toList());
        placeWindow(bounds);
    }

    /** Puts the window at bounds that fit a screen (see {@link WindowPlacement}). */
    private void placeWindow(Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        normalX = bounds.getMinX();
        normalY = bounds.getMinY();
        normalWidth = bounds.getWidth();
        normalHeight = bounds.getHeight();
        stage.setMaximized(initial.maximized());
    }

    /** F11: full screen with a bigger font; leaving full screen (Esc) leaves the mode too. */
    private void wirePresentation() {
        stage.fullScreenExitHintProperty().bind(i18n.label("presentation.exit-hint"));
        appearance.presentationProperty().addListener((obs, old, on) -> stage.setFullScreen(on));
        // Esc puts a figure shown alone back first (the layout's key filter takes it); only a
        // second Esc leaves full screen. The toolkit's own exit key would take the first one.
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
        stage.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && stage.isFullScreen()) {
                appearance.setPresentation(false);
                e.consume();
            }
        });
        stage.fullScreenProperty().addListener((obs, old, full) -> {
            if (!full) {
                appearance.setPresentation(false);
            }
        });
    }

    private void trackBounds() {
        stage.xProperty().addListener((obs, old, x) -> { if (isNormal()) normalX = x.doubleValue(); });
        stage.yProperty().addListener((obs, old, y) -> { if (isNormal()) normalY = y.doubleValue(); });
        stage.widthProperty().addListener((obs, old, w) -> { if (isNormal()) normalWidth = w.doubleValue(); });
        stage.heightProperty().addListener((obs, old, h) -> { if (isNormal()) normalHeight = h.doubleValue(); });
    }

    private boolean isNormal() {
        return stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen();
    }

    /** Writes the current look, window bounds and export choices to the preferences. */
    public void save() {
        double width = Math.max(ShellSettings.MIN_WIDTH, Math.min(ShellSettings.MAX_SIDE, normalWidth));
        double height = Math.max(ShellSettings.MIN_HEIGHT, Math.min(ShellSettings.MAX_SIDE, normalHeight));
        preferences.save(initial
                .withBounds(normalX, normalY, width, height, stage.isMaximized())
                .withLook(i18n.language(), appearance.themeProperty().get(), appearance.fontScaleProperty().get())
                .withExport(export.scaleProperty().get(), export.lastDirectoryProperty().get()));
    }

    public Lab currentLab() {
        return view.currentLab();
    }

    public Stage stage() {
        return stage;
    }

    public I18n i18n() {
        return i18n;
    }

    public Appearance appearance() {
        return appearance;
    }

    public ExportController export() {
        return export;
    }

    /** Save, open and drop scene files. */
    public SceneController scenes() {
        return scenes;
    }

    public MainView view() {
        return view;
    }
}
