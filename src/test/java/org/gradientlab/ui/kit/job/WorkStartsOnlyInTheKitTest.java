package org.gradientlab.ui.kit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every lab and page starts work off the FX thread through the kit: a thread or executor of its
 * own is how the same bug (locked buttons after an Error, a lost late cancel) came back page by page.
 */
class WorkStartsOnlyInTheKitTest {
    private static final Path UI = Path.of("src/main/java/org/gradientlab/ui");
    private static final Path KIT = UI.resolve("kit/job");
    private static final Pattern OWN_WORKER = Pattern.compile(
            "new Thread\\b|Thread\\.of(Platform|Virtual)|supplyAsync|runAsync|Executors\\.|ExecutorService"
                    + "|ForkJoinPool|new Timer\\b|javafx\\.concurrent");

    @Test
    void noThreadOrExecutorOutsideTheKit() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(UI)) {
            offenders = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(KIT))
                    .flatMap(WorkStartsOnlyInTheKitTest::hits).toList();
        }
        assertEquals(List.of(), offenders, "start work with LabJob or LatestWins from org.gradientlab.ui.kit.job");
    }

    private static Stream<String> hits(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> OWN_WORKER.matcher(lines.get(i)).find())
                    .mapToObj(i -> UI.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
