package org.gradientlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {
    @TempDir
    Path home;

    @Test
    void figuresStartInPicturesAndScenesInDocumentsWhenTheyExist() throws IOException {
        Files.createDirectories(home.resolve("Pictures"));
        Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Pictures").toFile(), UserFolders.PICTURES.start(null, home));
        assertEquals(home.resolve("Documents").toFile(), UserFolders.DOCUMENTS.start(null, home));
    }

    @Test
    void theFolderUsedLastWinsWhileItExists() throws IOException {
        Files.createDirectories(home.resolve("Pictures"));
        File last = Files.createDirectories(home.resolve("slides")).toFile();
        assertEquals(last, UserFolders.PICTURES.start(last, home));
        assertEquals(home.resolve("Pictures").toFile(), UserFolders.PICTURES.start(home.resolve("gone").toFile(), home),
                "a folder deleted since falls back");
    }

    @Test
    void withoutThoseFoldersTheDialogStartsAtHome() {
        assertEquals(home.toFile(), UserFolders.DOCUMENTS.start(null, home));
    }
}
