package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandscapeCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesTheGridTheLineAndThePathAsCsvFiles() throws IOException {
        Path grid = folder.resolve("grid.csv");
        Path line = folder.resolve("line.csv");
        Path path = folder.resolve("path.csv");
        CliRun run = CliRun.of("landscape", "--optimizer", "adam", "--batch-norm", "--iterations", "20", "--grid", "5",
                "--images", "100", "--out", grid.toString(), "--line", line.toString(), "--path", path.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("adam bn: loss "), run.out());
        assertTrue(run.out().contains("pca plane explains"), run.out());

        List<String> cells = Files.readAllLines(grid);
        assertEquals("x,y,loss", cells.get(0));
        assertEquals(1 + 25, cells.size());
        // Row-major from the lowest y: the 13th cell is the centre (0, 0), the final weights.
        String[] centre = cells.get(13).split(",");
        assertEquals("0.0", centre[0]);
        assertEquals("0.0", centre[1]);

        List<String> alphas = Files.readAllLines(line);
        assertEquals("alpha,loss", alphas.get(0));
        assertEquals(1 + 41, alphas.size());
        assertEquals("-0.5", alphas.get(1).split(",")[0]);
        assertEquals("1.0", alphas.get(31).split(",")[0]);
        assertEquals(centre[2], alphas.get(31).split(",")[1], "α = 1 and the grid centre are both the final weights");

        List<String> steps = Files.readAllLines(path);
        assertEquals("iteration,x,y,loss", steps.get(0));
        assertEquals(1 + 21, steps.size(), "start and every iteration of 20");
        assertEquals("0", steps.get(1).split(",")[0]);
        assertEquals(alphas.get(11).split(",")[1], steps.get(1).split(",")[3], "the path starts at α = 0");
        assertEquals(centre[2], steps.get(21).split(",")[3], "and ends at the centre");
    }

    @Test
    void withoutOutTheGridGoesToStdoutAndARandomSliceSpansTheGivenWidth() {
        CliRun run = CliRun.of("landscape", "--iterations", "5", "--grid", "3", "--images", "50", "--plane", "random",
                "--span", "0.5", "--threads", "1");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.lines();
        assertEquals("x,y,loss", lines.get(0));
        assertEquals(1 + 9, lines.size());
        assertEquals("-0.5,-0.5", lines.get(1).substring(0, lines.get(1).lastIndexOf(',')));
        assertEquals("0.5,0.5", lines.get(9).substring(0, lines.get(9).lastIndexOf(',')));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--grid 4|--grid: grid must be odd, so its centre is the final weights, got 4",
        "--grid 103|--grid: grid must be in [3, 101], got 103",
        "--images 0|--images: images must be in [1, 60000], got 0",
        "--iterations 0|--iterations: iterations must be in [1, 100000], got 0",
        "--optimizer lion|--optimizer: unknown optimizer 'lion', expected one of sgd, momentum, nesterov, adagrad, rmsprop, adam",
        "--plane hessian|--plane: unknown plane 'hessian', expected pca or random",
        "--span 0|--span: span must be in (0, 100], got 0.0",
        "--span NaN|--span: span must be in (0, 100], got NaN",
        "--threads 0|--threads: must be in [1, 256], got 0",
        "--out /no/such/folder/grid.csv|--out: no folder /no/such/folder",
        "--grid x|Invalid value for option '--grid'",
    })
    void refusesABadValueWithOneLineBeforeAnyWork(String args, String message) {
        String[] argv = ("landscape " + args).split(" ");
        CliRun run = CliRun.of(argv);
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: " + message), run.err());
    }

    @Test
    void refusesAFolderAsTheLineFile() {
        CliRun run = CliRun.of("landscape", "--line", folder.toString());
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("error: --line: " + folder + " is a folder", run.err().strip());
    }
}
