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

    @Test
    void aSetupComesBackInAFreshModelWithItsPortrait() throws Exception {
        ActivationsModel model = OnFx.call(() -> new ActivationsModel(new JobRunner(Runnable::run, Runnable::run)));
        ActivationsSetup setup = new ActivationsSetup("leaky-relu", 0.3, 2, -0.5, 1, 0.5, -1, 0);
        OnFx.call(() -> {
            model.playPause();
            model.apply(setup);
            return null;
        });
        assertEquals(setup, OnFx.call(model::setup));
        assertEquals(org.gradientlab.core.concepts.activations.GalleryFunction.LEAKY_RELU,
                OnFx.call(() -> model.portraitProperty().get().function()));
        assertEquals(0.3, OnFx.call(() -> model.portraitProperty().get().settings().leakySlope()));
        assertEquals(false, OnFx.call(() -> model.playingProperty().get()), "playback paused");
        ActivationsModel fresh = OnFx.call(() -> new ActivationsModel(new JobRunner(Runnable::run, Runnable::run)));
        OnFx.call(() -> {
            fresh.apply(model.setup());
            return null;
        });
        assertEquals(OnFx.call(() -> model.portraitProperty().get().settings()),
                OnFx.call(() -> fresh.portraitProperty().get().settings()));
        org.junit.jupiter.api.Assertions.assertArrayEquals(OnFx.call(() -> model.portraitProperty().get().curve().value()),
                OnFx.call(() -> fresh.portraitProperty().get().curve().value()));
    }
}
