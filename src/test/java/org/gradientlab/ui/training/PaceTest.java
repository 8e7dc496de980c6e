package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;

/** The charts' pace: requests within a period merge into one run after it; a flush runs at once. */
@ExtendWith(ApplicationExtension.class)
class PaceTest {
    @Test
    void requestsWithinAPeriodRunOnceWhenItHasPassed() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Pace pace = OnFx.call(() -> new Pace(5, runs::incrementAndGet));
        OnFx.call(() -> {
            for (int i = 0; i < 5; i++) {
                pace.request();
            }
            return null;
        });
        assertEquals(1, runs.get(), "the first request runs at once, the other four wait");
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, runs.get(), "one run served the four waiting requests");
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, runs.get(), "nothing waits, nothing runs");
    }

    @Test
    void flushRunsAWaitingRequestAtOnceAndOnlyThen() {
        AtomicInteger runs = new AtomicInteger();
        Pace pace = OnFx.call(() -> new Pace(0.1, runs::incrementAndGet));
        OnFx.call(() -> {
            pace.flush();
            pace.request();
            pace.request();
            pace.flush();
            pace.flush();
            return null;
        });
        assertEquals(2, runs.get());
    }
}
