package org.gradientlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Scene;

import org.gradientlab.ui.shell.ShellWindow;

/**
 * Scene files handed to the app from outside: the lone {@code .glab} argument the file association
 * passes on Linux and Windows, and macOS's open-file events ({@link MacOpenFiles}). Both end in
 * {@link #open}, which shows the scene in the window or says in a dialog why it cannot; the window
 * stays open either way.
 */
public final class SceneArguments {
    private SceneArguments() {}

    /**
     * The scene named by the start-up arguments, opened once the window's first frame has been
     * painted (the window first, then the lab the scene names). Nothing for no argument.
     */
    public static void openAfterFirstFrame(ShellWindow window, List<String> args) {
        if (args.isEmpty()) {
            return;
        }
        Path file = Path.of(args.get(0));
        Scene scene = window.stage().getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> open(window, file));
            }
        });
    }

    /** Shows the scene in {@code file} in the window, brought to the front; FX thread. */
    public static boolean open(ShellWindow window, Path file) {
        window.stage().toFront();
        return window.scenes().open(file);
    }

    /**
     * Where an open-file event from the system goes: the scene files among {@code files}, each
     * opened on the FX thread by {@code open}. Any thread.
     */
    static void route(List<Path> files, Consumer<Path> open) {
        files.stream().filter(f -> String.valueOf(f.getFileName()).toLowerCase(Locale.ROOT).endsWith(".glab"))
                .forEach(f -> Platform.runLater(() -> open.accept(f)));
    }
}
