package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void showsFourSignificantDigitsWithATrueMinus() {
        assertEquals("−6.335", Numbers.show(-6.335));
        assertEquals("0.07", Numbers.show(0.07000000000000001));
        assertEquals("1.235e+05", Numbers.show(123456));
        assertEquals("−1.000e−07", Numbers.show(-1e-7));
        assertEquals("0", Numbers.show(0));
        assertEquals("(−0.4)", Numbers.operand(-0.4));
    }

    @Test
    void exactTextReadsBackAndSliderValuesAreTidied() {
        assertEquals("0.95", Numbers.exact(0.95));
        assertEquals("0.001", Numbers.exact(1e-3));
        assertEquals(0.237, Numbers.round(0.2371894));
    }
}
