package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConvCommandTest {

    @Test
    void printsTheLectureLayer() {
        CliRun run = CliRun.of("conv", "--input", "32x32x3", "--filter", "5", "--stride", "1", "--pad", "2",
                "--filters", "10");
        assertEquals(0, run.exitCode(), run.err());
        // 32·32·10 outputs, each a dot product of 5·5·3 = 75 weights
        assertEquals(List.of("output 32x32x10", "parameters 760", "multiply-adds " + 32 * 32 * 10 * 75), run.lines());
    }

    @Test
    void printsAlexNetConv1() {
        CliRun run = CliRun.of("conv", "--input", "227x227x3", "--filter", "11", "--stride", "4", "--filters", "96");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("output 55x55x96", run.lines().get(0));
        assertEquals("parameters 34944", run.lines().get(1));
    }

    @Test
    void poolsWithoutParameters() {
        CliRun run = CliRun.of("conv", "--input", "224x224x64", "--filter", "2", "--stride", "2", "--pool");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("output 112x112x64", "parameters 0", "comparisons " + 112 * 112 * 64 * 3), run.lines());
    }

    @Test
    void aStrideThatDoesNotFitExitsTwoWithTheFractionAndFixes() {
        CliRun run = CliRun.of("conv", "--input", "7x7x1", "--filter", "3", "--stride", "3");
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("error: does not fit: width (7 − 3 + 2·0)/3 + 1 = 2.33, height (7 − 3 + 2·0)/3 + 1 = 2.33 "
                + "(not whole numbers); fits with --pad 1, --stride 2, --stride 4", run.err().strip());
    }

    @Test
    void badFieldsNameTheField() {
        CliRun zero = CliRun.of("conv", "--input", "7x7x1", "--filter", "3", "--stride", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith("error: S (stride) must be between 1 and"), zero.err());
        CliRun wide = CliRun.of("conv", "--input", "7x7x1", "--filter", "9");
        assertTrue(wide.err().contains("F (filter size) must be at most"), wide.err());
        CliRun shape = CliRun.of("conv", "--input", "7x7", "--filter", "3");
        assertEquals("error: --input must be WxHxD such as 32x32x3, got '7x7'", shape.err().strip());
        CliRun poolPad = CliRun.of("conv", "--input", "8x8x1", "--filter", "2", "--pool", "--pad", "1");
        assertEquals(2, poolPad.exitCode());
    }
}
