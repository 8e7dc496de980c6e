package org.gradientlab.ui.kit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncaughtHandlerTest {
    @TempDir
    Path dir;

    @Test
    void writesTheTraceToTheLogInTheFolderThePropertyNamesAndReportsItsPath() throws Exception {
        String before = System.getProperty(LogFolder.PROPERTY);
        System.setProperty(LogFolder.PROPERTY, dir.resolve("logs").toString());
        try {
            List<UncaughtHandler.Report> shown = new ArrayList<>();
            UncaughtHandler handler = new UncaughtHandler(LogFolder.resolve(), shown::add);
            Thread worker = Thread.ofPlatform().name("paint-worker").unstarted(() -> { });
            handler.uncaughtException(worker, new IllegalStateException("the plot lost its axes"));
            handler.uncaughtException(worker, new OutOfMemoryError("Java heap space"));

            Path log = dir.resolve("logs").resolve(UncaughtHandler.LOG_FILE);
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(text.contains("uncaught on thread \"paint-worker\""), text);
            assertTrue(text.contains("java.lang.IllegalStateException: the plot lost its axes"), text);
            assertTrue(text.contains("at org.gradientlab.ui.kit.job.UncaughtHandlerTest."), "the stack trace: " + text);
            assertTrue(text.indexOf("Java heap space") > text.indexOf("the plot lost its axes"), "appended in order");
            assertEquals(List.of(new UncaughtHandler.Report("the plot lost its axes", log),
                    new UncaughtHandler.Report("Java heap space", log)), shown);
        } finally {
            if (before == null) {
                System.clearProperty(LogFolder.PROPERTY);
            } else {
                System.setProperty(LogFolder.PROPERTY, before);
            }
        }
    }

    @Test
    void aFolderThatCannotBeMadeStillTellsTheUserWithoutAPath() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        List<UncaughtHandler.Report> shown = new ArrayList<>();
        new UncaughtHandler(file.resolve("logs"), shown::add).uncaughtException(Thread.currentThread(),
                new IllegalArgumentException("bad"));
        assertEquals(1, shown.size());
        assertEquals("bad", shown.get(0).message());
        assertNull(shown.get(0).log());
    }

    @Test
    void theFolderIsTheApplicationDataFolderOfEachSystem() {
        String home = "/home/ada";
        assertEquals(Path.of(home, ".local", "share", "gradient-lab", "logs"),
                LogFolder.resolve(null, "Linux", home, Map.of()));
        assertEquals(Path.of("/data/ada", "gradient-lab", "logs"),
                LogFolder.resolve(null, "Linux", home, Map.of("XDG_DATA_HOME", "/data/ada")));
        assertEquals(Path.of("C:\\Users\\ada\\AppData\\Roaming", "GradientLab", "logs"),
                LogFolder.resolve(null, "Windows 11", home, Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming")));
        assertEquals(Path.of(home, "Library", "Application Support", "GradientLab", "logs"),
                LogFolder.resolve(null, "Mac OS X", home, Map.of()));
        assertEquals(Path.of("/tmp/elsewhere"), LogFolder.resolve("/tmp/elsewhere", "Linux", home, Map.of()));
    }
}
