package org.gradientlab.ui;

import java.io.File;
import java.util.Locale;
import java.util.function.Consumer;
import java.nio.file.Path;

/**
 * macOS hands a double-clicked {@code .glab} to a running or starting app as an open-file event,
 * not as an argument. This takes those events through AWT's {@code Desktop} where it supports them
 * and routes the files to {@link SceneArguments#route}. Elsewhere (Linux, Windows: the file is the
 * launcher's argument) and headless it does nothing and never loads AWT.
 */
final class MacOpenFiles {
    private MacOpenFiles() {}

    /** Installs the handler on macOS; call in {@code start}, before the stage shows. */
    static void install(Consumer<Path> open) {
        if (!isMac(System.getProperty("os.name", "")) || Boolean.getBoolean("java.awt.headless")) {
            return;
        }
        try {
            if (!java.awt.Desktop.isDesktopSupported()) {
                return;
            }
            java.awt.Desktop desktop = java.awt.Desktop.getDesktop();
            if (desktop.isSupported(java.awt.Desktop.Action.APP_OPEN_FILE)) {
                desktop.setOpenFileHandler(event -> SceneArguments.route(
                        event.getFiles().stream().map(File::toPath).toList(), open));
            }
        } catch (RuntimeException | LinkageError e) {
            // No open-file events then; File > Open scene and dropping a file still work.
        }
    }

    static boolean isMac(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }
}
