package org.gradientlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import org.gradientlab.ui.export.PathChooser;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.prefs.ShellPreferences;
import org.gradientlab.ui.shell.ShellWindow;

/** The GUI: the main window with the user's saved settings. */
public final class GradientLabApp extends Application {
    @Override
    public void start(Stage stage) {
        new ShellWindow(stage, ShellPreferences.forUser(), PathChooser::system, Labs::standard);
        stage.show();
    }
}
