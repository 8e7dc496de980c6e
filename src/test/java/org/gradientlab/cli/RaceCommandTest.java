package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RaceCommandTest {

    @Test
    void sgdTunedOnTheBowlLandsInOneStepFromEveryStart() {
        // f = x² + y²: SGD's η = 0.5 multiplies each coordinate by 1 − 2η = 0, so it lands on the
        // minimum at step 1 from any start; a 3 × 3 grid over −5..5 has its centre on the minimum.
        CliRun result = CliRun.of("race", "--function", "bowl", "--start", "1,2", "--starts", "3");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("optimizer,lr,final_gap,starts,reached,median_steps", result.lines().get(0));
        assertEquals("sgd,0.5,0.0,9,9,1.0", result.lines().get(1));
        assertEquals(7, result.lines().size(), "a header and six optimizers");
    }

    @Test
    void bookRatesSkipTheTuning() {
        CliRun result = CliRun.of("race", "--book-rates");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.lines().get(1).startsWith("sgd,0.95,"), result.lines().get(1));
        assertTrue(result.lines().get(6).startsWith("adam,0.3,"), result.lines().get(6));
    }

    @Test
    void aBadGridNamesItsOptionAndRange() {
        CliRun result = CliRun.of("race", "--starts", "99");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--starts: grid side must be in 1..50, got 99"), result.err());
    }
}
