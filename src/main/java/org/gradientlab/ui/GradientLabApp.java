package org.gradientlab.ui;

import java.util.List;

import javafx.application.Application;
import javafx.stage.Stage;

import org.gradientlab.ui.export.PathChooser;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.kit.job.UncaughtHandler;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.prefs.ShellPreferences;
import org.gradientlab.ui.shell.ShellWindow;
import org.gradientlab.ui.theme.Fonts;

/** The GUI: the main window with the user's saved settings. */
public final class GradientLabApp extends Application {
    /**
     * Registering the two Noto Sans KR faces takes a good part of start-up; it runs beside the
     * shell's construction, which waits for it only where the scene is styled.
     */
    @Override
    public void init() {
        JobRunner.shared().ahead(Fonts::load);
    }

    @Override
    public void start(Stage stage) {
        ShellWindow window = open(stage, ShellPreferences.forUser(), getParameters().getUnnamed());
        // Here, not in Launcher: a headless CLI run must never open a dialog.
        UncaughtHandler.install(window.i18n());
        MacOpenFiles.install(file -> SceneArguments.open(window, file));
    }

    /**
     * Shows the main window with its labs built on first use (the first one just after the first
     * frame); {@code args} is empty or a scene file (what the system passes when the user
     * double-clicks one), which then opens after the first frame, or a dialog says why it cannot.
     */
    static ShellWindow open(Stage stage, ShellPreferences preferences, List<String> args) {
        ShellWindow window = new ShellWindow(stage, preferences, PathChooser::system, Labs::deferred);
        SceneArguments.openAfterFirstFrame(window, args);
        stage.show();
        return window;
    }
}
