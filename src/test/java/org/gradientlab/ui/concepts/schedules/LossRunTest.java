package org.gradientlab.ui.concepts.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import org.gradientlab.core.concepts.schedules.ScheduleComparison;
import org.gradientlab.core.concepts.schedules.ScheduleSettings;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;

class LossRunTest {
    @BeforeAll
    static void startToolkitAsTheOtherUiTestsDo() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFailedRunSaysWhyInTheWorkersWords() throws Exception {
        LossRun run = OnFx.call(() -> new LossRun(() -> {
            throw new IllegalStateException("no runner today");
        }));
        OnFx.call(() -> {
            run.start(ScheduleSettings.defaults().comparison(ScheduleComparison.lectureSetup()));
            return null;
        });
        UiTestKit.waitUntil(30, () -> run.stateProperty().get() == LossRun.State.FAILED);
        assertEquals("no runner today", OnFx.call(() -> run.failureProperty().get()));
    }
}
