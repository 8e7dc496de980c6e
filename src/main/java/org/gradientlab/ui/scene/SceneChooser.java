package org.gradientlab.ui.scene;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gradientlab.ui.export.UserFolders;
import org.gradientlab.ui.i18n.I18n;

/** Asks which scene file to save to or open: the system's dialogs, or fixed answers in tests. */
public interface SceneChooser {
    Optional<Path> saveTo(Window owner, String suggestedName);

    Optional<Path> open(Window owner);

    /** The system's dialogs; a saved name without an extension gets ".glab". */
    static SceneChooser system(I18n i18n) {
        return new SceneChooser() {
            private File lastFolder;

            @Override
            public Optional<Path> saveTo(Window owner, String suggestedName) {
                FileChooser chooser = chooser("scene.chooser.save");
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                lastFolder = file.getParentFile();
                String name = file.getName();
                return Optional.of(name.contains(".") ? file.toPath()
                        : file.toPath().resolveSibling(name + "." + SceneFiles.EXTENSION));
            }

            @Override
            public Optional<Path> open(Window owner) {
                FileChooser chooser = chooser("scene.chooser.open");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        i18n.text("scene.chooser.filter.figure"), "*.png", "*.svg", "*.pdf"));
                File file = chooser.showOpenDialog(owner);
                if (file != null) {
                    lastFolder = file.getParentFile();
                }
                return Optional.ofNullable(file).map(File::toPath);
            }

            private FileChooser chooser(String titleKey) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(i18n.text(titleKey));
                chooser.setInitialDirectory(UserFolders.DOCUMENTS.start(lastFolder));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        i18n.text("scene.chooser.filter.scene"), "*." + SceneFiles.EXTENSION));
                return chooser;
            }
        };
    }
}
