package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisRangeTest {
    @Test
    void fitsNiceBoundsAroundTheFirstData() {
        AxisRange range = new AxisRange();
        assertTrue(range.update(0.21, 2.31));
        assertTrue(range.lower() <= 0.21 && range.upper() >= 2.31);
        assertEquals(0.5, range.tickUnit(), 1e-12);
        assertEquals(0, range.lower(), 1e-12);
        assertEquals(2.5, range.upper(), 1e-12);
    }

    @Test
    void staysPutWhileTheDataMoveInsideIt() {
        AxisRange range = new AxisRange();
        range.update(0.2, 2.3);
        assertFalse(range.update(0.15, 2.3));
        assertFalse(range.update(0.4, 2.0));
        assertEquals(2.5, range.upper(), 1e-12);
    }

    @Test
    void growsWhenAPointLeavesAndShrinksWhenTheDataFillLessThanHalf() {
        AxisRange range = new AxisRange();
        range.update(0.2, 2.3);
        assertTrue(range.update(0.2, 3.1));
        assertTrue(range.upper() >= 3.1);
        assertTrue(range.update(0.2, 0.6));
        assertTrue(range.upper() < 1);
    }
}
