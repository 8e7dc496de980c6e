package org.gradientlab;

import java.util.OptionalInt;

import org.gradientlab.cli.GradientLabCommand;

/**
 * Entry point. No arguments opens the GUI; a subcommand runs headless (picocli).
 * Deliberately not a javafx.application.Application, so the shaded jar starts from the classpath.
 * Started without the Vector API module (as {@code java -jar} is), it first restarts itself with it.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        OptionalInt relaunched = VectorModuleRelaunch.relaunchIfNeeded(Launcher.class, args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        VectorModuleRelaunch.printKernelIfAsked();
        if (args.length == 0) {
            javafx.application.Application.launch(org.gradientlab.ui.GradientLabApp.class);
            return;
        }
        System.exit(GradientLabCommand.run(args));
    }
}
