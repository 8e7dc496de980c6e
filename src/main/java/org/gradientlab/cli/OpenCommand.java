package org.gradientlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.gradientlab.ui.GradientLabApp;

/** `open FILE`: the app's window, showing the scene a .glab (or a figure exported with one) holds. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the app on a scene file (.glab) or a PNG figure exported by Gradient Lab.")
public final class OpenCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the scene file or figure")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("FILE: no such file: " + file);
        }
        // The window reads the file itself, so a bad one is worded in the app's language, in a dialog.
        javafx.application.Application.launch(GradientLabApp.class, file.toAbsolutePath().toString());
        return 0;
    }
}
