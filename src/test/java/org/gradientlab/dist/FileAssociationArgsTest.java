package org.gradientlab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every installer (the args file all three systems share) associates scene files with the app,
 * and the Linux desktop entry hands the double-clicked file to the launcher.
 */
class FileAssociationArgsTest {
    private static final Path PACKAGING = Path.of("src", "packaging");

    @Test
    void everyInstallerAssociatesGlabFilesWithTheirOwnMimeType() throws IOException {
        List<String> args = Files.readAllLines(PACKAGING.resolve("installer.args"));
        String option = "--file-associations ";
        List<String> associations = args.stream().filter(a -> a.startsWith(option))
                .map(a -> a.substring(option.length()).trim()).toList();
        assertEquals(List.of("src/packaging/glab.properties"), associations);
        Properties glab = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(associations.get(0)))) {
            glab.load(in);
        }
        assertEquals("glab", glab.getProperty("extension"));
        assertEquals("application/x-gradient-lab-scene", glab.getProperty("mime-type"));
        assertTrue(!glab.getProperty("description", "").isBlank(), "the file manager shows a description");
    }

    @Test
    void theLinuxDesktopEntryPassesTheOpenedFileAndListsTheMimeTypes() throws IOException {
        List<String> entry = Files.readAllLines(PACKAGING.resolve("linux").resolve("GradientLab.desktop"));
        assertTrue(entry.contains("Exec=APPLICATION_LAUNCHER %f"), "the file reaches the launcher: " + entry);
        assertTrue(entry.contains("DESKTOP_MIMES"), "jpackage writes MimeType= from the association");
    }
}
