package org.gradientlab.ui;

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
        ShellWindow window = new ShellWindow(stage, ShellPreferences.forUser(), PathChooser::system, Labs::deferred);
        // Here, not in Launcher: a headless CLI run must never open a dialog.
        UncaughtHandler.install(window.i18n());
        stage.show();
        // `open FILE` passes the scene to show; a bad one is reported in a dialog over the window.
        getParameters().getUnnamed().stream().findFirst().map(java.nio.file.Path::of).ifPresent(window.scenes()::open);
    }
}
