package org.gradientlab;

import org.gradientlab.cli.GradientLabCommand;

/**
 * Entry point. No arguments opens the GUI; a subcommand runs headless (picocli).
 * Deliberately not a javafx.application.Application, so the shaded jar starts from the classpath.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(org.gradientlab.ui.GradientLabApp.class);
            return;
        }
        System.exit(GradientLabCommand.run(args));
    }
}
