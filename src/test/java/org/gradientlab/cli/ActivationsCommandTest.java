package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivationsCommandTest {


    private static long sumOfCounts(String row, int bins) {
        String[] cells = row.split(",");
        return Arrays.stream(cells, cells.length - bins, cells.length).mapToLong(Long::parseLong).sum();
    }

    @Test
    void printsOneRowPerLayerWithThirtyBinColumnsByDefault() {
        CliRun run = CliRun.of("activations", "--init", "1", "--activation", "sigmoid");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.lines();
        StringBuilder header = new StringBuilder("layer,mean,std,min,max");
        for (int i = 0; i < 30; i++) {
            header.append(",c").append(i);
        }
        assertEquals(header.toString(), lines.get(0));
        assertEquals(6, lines.size());
        for (int layer = 1; layer <= 5; layer++) {
            String row = lines.get(layer);
            assertTrue(row.startsWith(layer + ","), row);
            assertEquals(35, row.split(",").length);
            // Sigmoid outputs all lie in the default range [0, 1].
            assertEquals(1000L * 100, sumOfCounts(row, 30));
        }
        // Book fig. 6-10: std 1 piles the outputs at 0 and 1, so the edge bins are the largest.
        String[] last = lines.get(5).split(",");
        long edge = Long.parseLong(last[5]) + Long.parseLong(last[34]);
        assertTrue(edge > 50_000, "edge bins hold " + edge + " of 100000");
    }

    @Test
    void followsSizesBinsRangeAndSeed() {
        CliRun run = CliRun.of("activations", "--init", "xavier", "--activation", "tanh", "--layers", "3", "--nodes", "20",
                "--samples", "50", "--bins", "4", "--range=-1,1", "--seed", "9");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("layer,mean,std,min,max,c0,c1,c2,c3", run.lines().get(0));
        assertEquals(4, run.lines().size());
        assertEquals(50L * 20, sumOfCounts(run.lines().get(3), 4));
        CliRun again = CliRun.of("activations", "--init", "xavier", "--activation", "tanh", "--layers", "3", "--nodes", "20",
                "--samples", "50", "--bins", "4", "--range", "-1,1", "--seed", "9");
        assertEquals(run.out(), again.out());
        CliRun otherSeed = CliRun.of("activations", "--init", "xavier", "--activation", "tanh", "--layers", "3", "--nodes", "20",
                "--samples", "50", "--bins", "4", "--range", "-1,1", "--seed", "10");
        assertTrue(!run.out().equals(otherSeed.out()));
    }

    @Test
    void printsGradientRowsOnRequest() {
        CliRun run = CliRun.of("activations", "--init", "he", "--activation", "relu", "--batch-norm", "--gradients",
                "--samples", "100", "--bins", "10");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(6, run.lines().size());
        // The gradient range is ±max|g| over the layers, so every value is counted.
        for (int layer = 1; layer <= 5; layer++) {
            assertEquals(100L * 100, sumOfCounts(run.lines().get(layer), 10));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--init foo --activation relu         | weight init must be xavier, he or a positive number",
        "--init 0 --activation relu           | weight init std must be a positive number",
        "--init he --activation swish         | activation must be one of sigmoid, tanh, relu, leaky-relu, elu",
        "--init he --activation relu --layers 0 | layers must be in [1, 100]",
        "--init he --activation relu --samples 1 | samples must be in [2, 100000]",
        "--init he --activation relu --bins 0 | bins must be in [1, 1000]",
        "--init he --activation relu --range 1,0 | histogram range must be two finite numbers min < max",
        "--init he --activation relu --range abc | --range must be two numbers MIN,MAX",
        "--init he --activation relu --layers x | Invalid value for option '--layers'",
        "--activation relu                    | Missing required option: '--init",
    })
    void rejectsBadInputWithExitTwoAndOneLine(String args, String message) {
        String[] argv = ("activations " + args.strip()).split("\\s+");
        CliRun run = CliRun.of(argv);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }
}
