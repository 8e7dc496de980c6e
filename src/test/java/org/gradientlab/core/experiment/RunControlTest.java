package org.gradientlab.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RunControlTest {

    @Test
    void keepsContinuationsOnlyWhilePausedAndRunsThemOnResume() {
        RunControl control = new RunControl();
        AtomicInteger resumed = new AtomicInteger();
        assertFalse(control.park(resumed::incrementAndGet), "not paused: go on");
        control.pause();
        assertTrue(control.isPaused());
        assertTrue(control.park(resumed::incrementAndGet));
        assertTrue(control.park(resumed::incrementAndGet));
        assertEquals(0, resumed.get());
        control.resume();
        assertFalse(control.isPaused());
        assertEquals(2, resumed.get());
        control.resume();
        assertEquals(2, resumed.get(), "each continuation runs once");
    }

    @Test
    void cancelReleasesPausedSeriesSoTheyCanEnd() {
        RunControl control = new RunControl();
        AtomicInteger released = new AtomicInteger();
        control.pause();
        control.park(released::incrementAndGet);
        control.cancel();
        assertTrue(control.isCancelled());
        assertEquals(1, released.get());
        control.pause();
        assertFalse(control.park(released::incrementAndGet), "a cancelled run never parks");
    }
}
