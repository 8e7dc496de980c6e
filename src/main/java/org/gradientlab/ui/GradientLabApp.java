package org.gradientlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder main window; the app shell replaces it. */
public final class GradientLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Gradient Lab");
        stage.setScene(new Scene(new Label("Gradient Lab"), 800, 600));
        stage.show();
    }
}
