package org.gradientlab.ui.export;

import java.io.File;
import java.nio.file.Path;

/**
 * Where a save or open dialog starts: the folder used last, else the user's own folder for the
 * kind of file (Pictures for figures, Documents for scenes and data), else the home folder.
 * Never the folder the app happened to be started from.
 */
public enum UserFolders {
    PICTURES("Pictures"),
    DOCUMENTS("Documents");

    private final String name;

    UserFolders(String name) {
        this.name = name;
    }

    /** {@code last} when it is still a folder, else this kind's folder under {@code home}, else {@code home}. */
    public File start(File last, Path home) {
        if (last != null && last.isDirectory()) {
            return last;
        }
        File own = home.resolve(name).toFile();
        return own.isDirectory() ? own : home.toFile();
    }

    /** {@link #start(File, Path)} under the user's home folder. */
    public File start(File last) {
        return start(last, Path.of(System.getProperty("user.home")));
    }
}
