package org.gradientlab.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gradientlab.ui.i18n.I18n;

/** Asks where to save a figure: the system file dialog, or a fixed path in tests. */
@FunctionalInterface
public interface PathChooser {
    Optional<Path> choose(Window owner, File initialDirectory, String suggestedName);

    /**
     * The system's save dialog for files of the format the suggested name ends in (PNG, SVG or
     * PDF); adds that extension when the name has none.
     */
    static PathChooser system(I18n i18n) {
        return (owner, initialDirectory, suggestedName) -> {
            FigureFormat format = FigureFormat.ofFileName(suggestedName).orElse(FigureFormat.PNG);
            String extension = format.id();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.text("export.chooser.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text(format.fileTypeKey()),
                    "*." + extension));
            if (initialDirectory != null && initialDirectory.isDirectory()) {
                chooser.setInitialDirectory(initialDirectory);
            }
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            String name = file.getName();
            return Optional.of(name.contains(".") ? file.toPath() : file.toPath().resolveSibling(name + "." + extension));
        };
    }
}
