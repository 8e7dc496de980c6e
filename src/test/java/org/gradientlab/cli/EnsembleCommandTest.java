package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gradientlab.core.concepts.ensembles.EnsembleConfig;
import org.gradientlab.core.concepts.ensembles.EnsembleResult;
import org.gradientlab.core.concepts.ensembles.Ensembles;
import org.gradientlab.core.data.Mnist;

class EnsembleCommandTest {

    @Test
    void printsEachNetAndTheEnsembleOfTheFirstK() {
        CliRun run = CliRun.of("ensemble", "--nets", "3", "--seed", "4", "--iterations", "60", "--test-size", "1000");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.lines();
        assertEquals("net,test_accuracy,ensemble_accuracy", lines.get(0));
        assertEquals(4, lines.size(), run.out());
        EnsembleResult expected = Ensembles.run(new EnsembleConfig(EnsembleConfig.of(3, 4).net().withIterations(60)
                .withTestSize(1000), 3, 4), Mnist.bundled(), () -> false, m -> { });
        for (int k = 1; k <= 3; k++) {
            String[] cells = lines.get(k).split(",");
            assertEquals(String.valueOf(k), cells[0]);
            assertEquals(expected.members().get(k - 1).testAccuracy(), Double.parseDouble(cells[1]), 5e-5);
            assertEquals(expected.ensembleAccuracy().get(k - 1), Double.parseDouble(cells[2]), 5e-5);
        }
        assertEquals(lines.get(1).split(",")[1], lines.get(1).split(",")[2], "one net is its own ensemble");
    }

    @Test
    void addsTheDropoutComparisonOnRequest() {
        CliRun run = CliRun.of("ensemble", "--nets", "1", "--iterations", "40", "--test-size", "500",
                "--dropout-passes", "4", "--dropout-ratio", "0.3");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.lines();
        assertEquals("", lines.get(2));
        assertEquals("passes,averaged_accuracy,single_pass_accuracy,scaled_accuracy", lines.get(3));
        assertEquals(8, lines.size(), run.out());
        String[] first = lines.get(4).split(",");
        assertEquals("1", first[0]);
        assertEquals(first[1], first[2], "the mean of one pass is that pass");
        assertEquals(lines.get(4).split(",")[3], lines.get(7).split(",")[3], "one scaled accuracy");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--nets 11|--nets: nets must be in [1, 10], got 11",
        "--nets x|Invalid value for option '--nets'",
        "--test-size 0|--test-size: test-set size must be in [1, 10000], got 0",
        "--dropout-passes 0|--dropout-passes: passes must be in [1, 1000], got 0",
        "--dropout-passes 5 --dropout-ratio 1|--dropout-ratio: dropout ratio must be in (0, 0.9], got 1.0",
        "--dropout-ratio 0.2|--dropout-ratio: needs --dropout-passes M",
    })
    void rejectsBadInputWithOneLine(String options, String message) {
        String[] args = ("ensemble " + options).split(" ");
        CliRun run = CliRun.of(args);
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }
}
