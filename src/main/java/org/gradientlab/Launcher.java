package org.gradientlab;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gradientlab.cli.GradientLabCommand;

/**
 * Entry point. No arguments opens the GUI; a subcommand runs headless (picocli).
 * Deliberately not a javafx.application.Application, so the shaded jar starts from the classpath.
 * Started without the Vector API module (as {@code java -jar} is), it first restarts itself with it;
 * the packaged app's launcher passes the module, so it never restarts.
 */
public final class Launcher {
    /*
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
     * when started from a classpath, which a single runnable jar must be; the setup is deliberate,
     * so only its severe messages are kept. Held here so the configured logger is not collected.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** The scene files' extension, which the packages associate with the app (src/packaging/*.properties). */
    static final String SCENE_EXTENSION = ".glab";

    private Launcher() {}

    public static void main(String[] args) {
        OptionalInt relaunched = VectorModuleRelaunch.relaunchIfNeeded(Launcher.class, args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        VectorModuleRelaunch.printKernelIfAsked();
        JAVAFX_LOG.setLevel(Level.SEVERE);
        if (needsJavaFx(args)) {
            Optional<String> mismatch = JavaFxNatives.mismatchHere();
            if (mismatch.isPresent()) {
                System.err.println(mismatch.get());
                System.exit(2);
            }
        }
        if (needsWindow(args)) {
            FirstFrameProbe.installIfAsked();
            // A scene file (what the system passes when the user double-clicks one) goes to the
            // window, which opens it or says in a dialog why it cannot; the app opens either way.
            javafx.application.Application.launch(org.gradientlab.ui.GradientLabApp.class, args);
            return;
        }
        System.exit(GradientLabCommand.run(args));
    }

    /** The window, `open` and the snapshot command render with JavaFX; the other commands never load it. */
    static boolean needsJavaFx(String[] args) {
        return needsWindow(args) || args[0].equals("snapshot") || args[0].equals("open");
    }

    /** No arguments, or a scene file: the app's window. */
    static boolean needsWindow(String[] args) {
        return args.length == 0 || isSceneFile(args);
    }

    /**
     * One argument naming a scene file ({@value #SCENE_EXTENSION}), as the file association of the
     * installed app passes it; no subcommand ends so. The file need not exist: the window says so.
     */
    static boolean isSceneFile(String[] args) {
        return args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(SCENE_EXTENSION);
    }
}
