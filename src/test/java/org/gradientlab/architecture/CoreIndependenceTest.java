package org.gradientlab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The core computes; the screen is elsewhere. core/ must never import JavaFX or the UI. */
class CoreIndependenceTest {
    private static final Path CORE = Path.of("src/main/java/org/gradientlab/core");
    private static final Pattern FORBIDDEN =
            Pattern.compile("^\\s*import\\s+(static\\s+)?(javafx\\.|org\\.gradientlab\\.ui\\.|java\\.awt\\.)",
                    Pattern.MULTILINE);

    @Test
    void coreImportsNoJavaFxNorUi() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(CORE)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(sources.isEmpty(), "no core sources found under " + CORE.toAbsolutePath());
        List<String> offenders = sources.stream().filter(CoreIndependenceTest::importsForbidden)
                .map(Path::toString).toList();
        assertEquals(List.of(), offenders, "core classes importing javafx/ui/awt");
    }

    @Test
    void detectorRecognisesAJavaFxImport() {
        assertFalse(!FORBIDDEN.matcher("package x;\nimport javafx.scene.Node;\n").find());
        assertFalse(FORBIDDEN.matcher("package x;\nimport java.util.List;\n").find());
    }

    private static boolean importsForbidden(Path file) {
        try {
            return FORBIDDEN.matcher(Files.readString(file)).find()
                    || Files.readString(file).contains("javafx.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
