package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.Trajectory;
import org.gradientlab.core.surface.TrajectoryPoint;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrajectoryCommandTest {


    @Test
    void printsTheBookFigureByDefault() {
        CliRun result = CliRun.of("trajectory", "--optimizer", "sgd");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        List<String> lines = result.lines();
        assertEquals("step,x,y,f", lines.get(0));
        assertEquals(32, lines.size(), "header and steps 0..30");
        assertEquals("0,-7.0,2.0,6.45", lines.get(1));
        String[] second = lines.get(2).split(",");
        assertEquals("1", second[0]);
        assertEquals(-6.335, Double.parseDouble(second[1]), 1e-12); // −7 − 0.95·(−0.7)
        String[] last = lines.get(31).split(",");
        assertEquals(-0.350, Double.parseDouble(last[1]), 5e-4);
        assertEquals(0.085, Double.parseDouble(last[2]), 5e-4);
    }

    @Test
    void printsEveryDigitOfTheTrajectory() {
        CliRun result = CliRun.of("trajectory", "--optimizer", "adam", "--steps", "5");
        Trajectory expected = TrajectoryRunner.run(new TrajectorySettings(
                TrajectorySettings.bookFigure(OptimizerKind.ADAM).surface(),
                TrajectorySettings.bookFigure(OptimizerKind.ADAM).optimizer(), TrajectorySettings.BOOK_START, 5));
        List<String> lines = result.lines();
        assertEquals(7, lines.size());
        for (TrajectoryPoint p : expected.points()) {
            String[] cells = lines.get(p.step() + 1).split(",");
            assertEquals(p.x(), Double.parseDouble(cells[1]), 0, "x round-trips exactly");
            assertEquals(p.y(), Double.parseDouble(cells[2]), 0);
            assertEquals(p.f(), Double.parseDouble(cells[3]), 0);
        }
    }

    @Test
    void takesLearningRateStartStepsAndFormula() {
        CliRun result = CliRun.of("trajectory", "--optimizer", "momentum", "--lr", "0.05", "--steps", "3",
                "--start", "-1,1", "--function", "x^2 + y^2");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.lines();
        assertEquals(5, lines.size());
        assertEquals("0,-1.0,1.0,2.0", lines.get(1));
        // g = (−2, 2) by central differences; v = −0.05·g = (0.1, −0.1); (x, y) = (−0.9, 0.9)
        String[] first = lines.get(2).split(",");
        assertEquals(-0.9, Double.parseDouble(first[1]), 1e-9);
        assertEquals(0.9, Double.parseDouble(first[2]), 1e-9);
    }

    @Test
    void acceptsPresetSurfaces() {
        CliRun result = CliRun.of("trajectory", "--optimizer", "adam", "--function", "rosenbrock", "--start=-1,2");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("0,-1.0,2.0," + (4.0 + 100.0), result.lines().get(1));
    }

    @Test
    void printsRowsSoFarAndReportsDivergence() {
        CliRun result = CliRun.of("trajectory", "--optimizer", "sgd", "--lr", "1.1", "--steps", "1000");
        assertEquals(0, result.exitCode());
        assertEquals("diverged at step 72" + System.lineSeparator(), result.err());
        assertEquals(1 + 72, result.lines().size(), "header and steps 0..71");
        assertTrue(result.lines().get(72).startsWith("71,"));
    }

    @Test
    void noiseIsSeededAndZeroNoiseIsTheBooksPath() {
        CliRun book = CliRun.of("trajectory", "--optimizer", "sgd");
        CliRun zero = CliRun.of("trajectory", "--optimizer", "sgd", "--noise", "0", "--seed", "9");
        assertEquals(book.lines(), zero.lines());
        CliRun noisy = CliRun.of("trajectory", "--optimizer", "sgd", "--noise", "0.5", "--seed", "9");
        CliRun again = CliRun.of("trajectory", "--optimizer", "sgd", "--noise", "0.5", "--seed", "9");
        CliRun other = CliRun.of("trajectory", "--optimizer", "sgd", "--noise", "0.5", "--seed", "10");
        assertEquals(noisy.lines(), again.lines());
        assertEquals(book.lines().get(1), noisy.lines().get(1), "the start is not noisy");
        assertFalse(book.lines().get(2).equals(noisy.lines().get(2)));
        assertFalse(noisy.lines().get(2).equals(other.lines().get(2)));
        CliRun bad = CliRun.of("trajectory", "--optimizer", "sgd", "--noise", "-1");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--noise: noise sigma must be in 0..1000000.0, got -1.0"), bad.err());
    }

    @Test
    void saysWhyARunStoppedEarlyWhenItWasNoBlowUp() {
        // −x² from x = 1, SGD lr 1: x triples, f = −9ᵏ passes −10¹² at k = 13.
        CliRun unbounded = CliRun.of("trajectory", "--optimizer", "sgd", "--lr", "1", "--function=-x^2",
                "--start=1,0", "--steps", "50");
        assertEquals("unbounded below at step 13" + System.lineSeparator(), unbounded.err());
        CliRun undefined = CliRun.of("trajectory", "--optimizer", "sgd", "--function", "sqrt(x)", "--steps", "5");
        assertEquals("undefined at the start" + System.lineSeparator(), undefined.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--optimizer,lbfgs                      | --optimizer: unknown optimizer 'lbfgs'",
        "--optimizer,sgd,--lr,-1                | --lr: learning rate must be a finite number > 0, got -1.0",
        "--optimizer,sgd,--lr,fast              | 'fast'",
        "--optimizer,sgd,--steps,0              | --steps: steps must be in 1..100000, got 0",
        "--optimizer,sgd,--steps,100001         | --steps: steps must be in 1..100000, got 100001",
        "--optimizer,sgd,--start,1              | --start: expected two numbers x,y, got '1'",
        "--optimizer,sgd,--start,a;b            | --start: expected two numbers x,y, got 'a;b'",
        "--optimizer,sgd,--function,x^2+(y      | --function: at 6: expected ')'",
        "--optimizer,sgd,--function,rosenbrok   | --function: unknown function 'rosenbrok'",
        "--lr,0.1                               | --optimizer",
        "--optimizer,sgd,--bogus                | --bogus",
    })
    void rejectsBadInputWithOneLineAndExitTwo(String args, String messagePart) {
        String[] argv = ("trajectory," + args).split(",");
        CliRun result = CliRun.of(argv);
        assertEquals(GradientLabCommand.BAD_INPUT, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("error: "), result.err());
        assertTrue(result.err().contains(messagePart), result.err());
    }
}
