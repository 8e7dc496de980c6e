package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void choosesRoundSteps() {
        assertEquals(2, Ticks.step(-10, 10, 10));
        assertEquals(5, Ticks.step(-10, 10, 4));
        assertEquals(0.1, Ticks.step(0, 1, 8), 1e-15);
        assertEquals(0.02, Ticks.step(0.3, 0.4, 6), 1e-15);
    }

    @Test
    void valuesAreMultiplesInsideTheRange() {
        assertArrayEquals(new double[] {-4, -2, 0, 2, 4}, Ticks.values(-5, 5, 2));
        assertArrayEquals(new double[] {0.3, 0.4}, Ticks.values(0.25, 0.4, 0.1), 1e-15);
    }

    @Test
    void labelsUseTheStepsDecimalsAndATrueMinus() {
        assertEquals("\u22122", Ticks.label(-2, 2));
        assertEquals("0.30", Ticks.label(0.3, 0.02));
        // A quarter step (the dead-unit share's axis) needs two decimals: not 0.3 for 0.25.
        assertEquals("0.25", Ticks.label(0.25, 0.25));
        assertEquals("0.75", Ticks.label(0.75, 0.25));
        assertEquals("0.50", Ticks.label(0.5, 0.25));
        assertEquals("2.5", Ticks.label(2.5, 2.5));
        assertEquals("500", Ticks.label(500, 250));
        assertEquals("0", Ticks.label(-1e-17, 0.5).replace(".0", ""));
        assertEquals("0.0", Ticks.label(-0.0, 0.5));
    }
}
