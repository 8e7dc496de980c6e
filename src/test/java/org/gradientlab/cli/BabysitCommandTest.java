package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BabysitCommandTest {

    @Test
    void printsOneCsvRowPerStepAndEveryLectureCheckPasses() {
        // All six run in BabysitRunnerTest; here the cheaper ones, in the order asked.
        CliRun run = CliRun.of("babysit", "--seed", "2", "--steps", "initial-loss,regularization,overfit,lr-too-high");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.lines();
        assertEquals("step,expected,observed,pass", lines.get(0));
        assertEquals(List.of("initial-loss", "regularization", "overfit", "lr-too-high"),
                lines.stream().skip(1).map(l -> l.split(",")[0]).toList());
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            assertEquals(4, fields.length, line);
            assertEquals("pass", fields[3], line);
        }
        Matcher loss = Pattern.compile("loss = (\\d\\.\\d{4})").matcher(lines.get(1).split(",")[2]);
        assertTrue(loss.find(), lines.get(1));
        assertEquals(Math.log(10), Double.parseDouble(loss.group(1)), 0.02);
        assertTrue(lines.get(3).contains("train acc = 1.00"), lines.get(3));
    }

    @Test
    void aLargeInitFailsTheInitialLossCheck() {
        CliRun run = CliRun.of("babysit", "--steps", "initial-loss", "--init", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.lines().size(), run.out());
        assertTrue(run.lines().get(1).endsWith(",fail"), run.out());
    }

    @Test
    void rejectsAnUnknownStepInOneLine() {
        CliRun run = CliRun.of("babysit", "--steps", "initial-loss,warp");
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("unknown step 'warp'") && run.err().contains("lr-right"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void rejectsABadSeedAndABadInit() {
        CliRun seed = CliRun.of("babysit", "--seed", "ten");
        assertEquals(GradientLabCommand.BAD_INPUT, seed.exitCode());
        assertTrue(seed.err().contains("--seed"), seed.err());
        CliRun init = CliRun.of("babysit", "--init", "huge");
        assertEquals(GradientLabCommand.BAD_INPUT, init.exitCode());
        assertEquals(1, init.err().lines().count(), init.err());
        assertTrue(init.err().contains("--init"), init.err());
    }
}
