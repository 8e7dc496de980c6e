package org.gradientlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import org.gradientlab.ui.export.PathChooser;
import org.gradientlab.ui.kit.job.UncaughtHandler;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.prefs.ShellPreferences;
import org.gradientlab.ui.shell.ShellWindow;

/** The GUI: the main window with the user's saved settings. */
public final class GradientLabApp extends Application {
    @Override
    public void start(Stage stage) {
        ShellWindow window = new ShellWindow(stage, ShellPreferences.forUser(), PathChooser::system, Labs::standard);
        // Here, not in Launcher: a headless CLI run must never open a dialog.
        UncaughtHandler.install(window.i18n());
        stage.show();
    }
}
