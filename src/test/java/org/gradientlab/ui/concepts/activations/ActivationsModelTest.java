package org.gradientlab.ui.concepts.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.UiTestKit;

class ActivationsModelTest {
    @BeforeAll
    static void startToolkitAsTheOtherUiTestsDo() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFailedFitShowsTheWorkersOwnMessageNotTheFuturesWrapper() throws Exception {
        ActivationsModel model = OnFx.call(() -> new ActivationsModel(JobRunner.shared(), () -> {
            throw new IllegalStateException("the fit ran out of memory");
        }));
        UiTestKit.waitUntil(5, () -> model.fitErrorProperty().get() != null);
        assertEquals("the fit ran out of memory", OnFx.call(() -> model.fitErrorProperty().get()));
        assertNull(OnFx.call(() -> model.fitProperty().get()));
    }
}
