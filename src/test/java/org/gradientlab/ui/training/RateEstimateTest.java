package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateEstimateTest {
    @Test
    void steadyProgressGivesItsRateAndTheTimeLeft() {
        RateEstimate rate = new RateEstimate();
        assertTrue(Double.isNaN(rate.perSecond()));
        for (int frame = 0; frame <= 60; frame++) {
            rate.observe(frame / 60.0, frame * 2L);
        }
        assertEquals(120, rate.perSecond(), 1e-9);
        assertEquals((2000 - 120) / 120.0, rate.secondsLeft(2000), 1e-9);
    }

    @Test
    void followsASlowdown() {
        RateEstimate rate = new RateEstimate();
        for (int s = 0; s <= 10; s++) {
            rate.observe(s, s * 100L);
        }
        for (int s = 11; s <= 30; s++) {
            rate.observe(s, 1000 + (s - 10) * 10L);
        }
        assertEquals(10, rate.perSecond(), 1);
    }
}
