package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SchedulesCommandTest {

    @Test
    void printsIterationRateAndLossOfEverySchedule() {
        CliRun run = CliRun.of("schedules", "--iterations", "12", "--lr0", "0.4", "--step-every", "5",
                "--gamma", "0.5", "--exp-k", "0.1", "--inv-k", "1");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.lines();
        assertEquals("series,iteration,lr,loss", lines.get(0));
        assertEquals(1 + 4 * 12, lines.size());
        // step decay at iteration 11 (t = 10): 0.4·0.5² = 0.1; 1/t at iteration 4 (t = 3): 0.4/4
        assertEquals("0.1", lines.stream().filter(l -> l.startsWith("step,11,")).findFirst().orElseThrow().split(",")[2]);
        assertEquals("0.1", lines.stream().filter(l -> l.startsWith("inverse-time,4,")).findFirst().orElseThrow()
                .split(",")[2]);
        for (String line : lines.subList(1, lines.size())) {
            double loss = Double.parseDouble(line.split(",")[3]);
            assertTrue(loss > 0 && loss < 5, line);
        }
    }

    @Test
    void badValueIsOneLineWithExitTwo() {
        CliRun run = CliRun.of("schedules", "--gamma", "2");
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("error: step decay factor gamma must be in (0, 1], got 2.0", run.err().strip());
        CliRun sketch = CliRun.of("schedules", "--sketch", "--lr0", "0.1");
        assertEquals(GradientLabCommand.BAD_INPUT, sketch.exitCode());
        assertEquals("error: --sketch takes only --iterations, --hidden-layers and --seed", sketch.err().strip());
    }
    @Test
    void negativeHiddenLayersNamesTheOption() {
        CliRun run = CliRun.of("schedules", "--hidden-layers", "-1");
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("error: --hidden-layers must be a whole number of layers >= 1, got -1", run.err().strip());
    }
}
