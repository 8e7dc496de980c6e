package org.gradientlab.ui.concepts.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.kit.job.JobRunner;

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
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.call(() -> model.fitErrorProperty().get() != null));
        assertEquals("the fit ran out of memory", OnFx.call(() -> model.fitErrorProperty().get()));
        assertNull(OnFx.call(() -> model.fitProperty().get()));
    }
}
