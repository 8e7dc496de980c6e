package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.concepts.babysitting.StepResult;
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

    // Moved from ReadoutTest when the readout began to give numbers: the CLI writes them in ASCII.
    @Test
    void formatsLossesWithFourDecimalsAndExtremesInScientificForm() {
        assertEquals("2.3026", BabysitCommand.loss(Math.log(10)));
        assertEquals("0.0121", BabysitCommand.loss(0.01212));
        assertEquals("2.99e34", BabysitCommand.loss(2.98896e34));
        assertEquals("NaN", BabysitCommand.loss(Double.NaN));
        assertEquals("∞", BabysitCommand.loss(Double.POSITIVE_INFINITY));
    }

    @Test
    void formatsRatiosWithThreeSignificantDigits() {
        assertEquals("0.5", BabysitCommand.ratio(0.5));
        assertEquals("3", BabysitCommand.ratio(3));
        assertEquals("0.183", BabysitCommand.ratio(0.182872));
        assertEquals("-0.0235", BabysitCommand.ratio(-0.0235055));
        assertEquals("1e-6", BabysitCommand.ratio(1e-6));
        assertEquals("1e6", BabysitCommand.ratio(1e6));
        assertEquals("0", BabysitCommand.ratio(0));
    }

    @Test
    void sentencesKeepTheirAsciiNumbers() {
        List<BabysitStep> steps = BabysitStep.lecture();
        assertEquals(List.of("loss = ln 10 = 2.3026 +- 0.02", "loss with lambda 0.1 > loss with lambda 0",
                "train acc on 20 examples = 1.00 and loss <= 0.05", "loss changes by less than 1%",
                "loss NaN/inf or peak > 3 x start", "end loss <= 0.5 x start"),
                steps.stream().map(BabysitCommand::expected).toList());
        double[] curve = {2.0, 1.5, 1.0};
        assertEquals("end = 0.75 x start (2.0000 -> 1.5000)", BabysitCommand.observed(
                new StepResult(steps.get(5), StepResult.Outcome.PASSED, 0.75, 2.0, curve, 0.9, 0)));
        assertEquals("loss = 2.5000 (lambda 0: 2.3000; +0.2000)", BabysitCommand.observed(
                new StepResult(steps.get(1), StepResult.Outcome.PASSED, 2.5, 2.3, new double[0], Double.NaN, 0)));
        assertEquals("train acc = 1.00; loss = 1.5000", BabysitCommand.observed(
                new StepResult(steps.get(2), StepResult.Outcome.PASSED, 1.0, 2.0, curve, 1.0, 0)));
        assertEquals("change -0.038% (2.0000 -> 1.5000)", BabysitCommand.observed(
                new StepResult(steps.get(3), StepResult.Outcome.PASSED, -3.8e-4, 2.0, curve, Double.NaN, 0)));
        assertEquals("NaN/inf at update 2", BabysitCommand.observed(new StepResult(steps.get(4),
                StepResult.Outcome.PASSED, Double.POSITIVE_INFINITY, 2.3, new double[] {2.3, Double.NaN}, Double.NaN,
                2)));
        assertEquals("peak = 4.04e35 x start (8.08e35)", BabysitCommand.observed(new StepResult(steps.get(4),
                StepResult.Outcome.PASSED, 4.04e35, 2.0, curve, Double.NaN, 0)));
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
