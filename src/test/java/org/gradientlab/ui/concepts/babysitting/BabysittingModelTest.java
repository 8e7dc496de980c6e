package org.gradientlab.ui.concepts.babysitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.concepts.babysitting.StepResult;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.kit.job.JobRunner;

/**
 * The model with its worker and its hand-over to the FX thread both queued by the test, so the
 * order of a run, a clear and a late result is the test's to choose. All of it on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class BabysittingModelTest {
    private static final List<BabysitStep> STEPS = List.of(BabysitStep.lecture().get(0).withTrainSize(1000),
            BabysitStep.lecture().get(2).withIterations(30));

    private final List<Runnable> worker = new ArrayList<>();
    private final List<Runnable> applier = new ArrayList<>();
    private BabysittingModel model;

    @BeforeEach
    void create() {
        model = OnFx.call(() -> new BabysittingModel(STEPS, 0, Mnist::bundled, new JobRunner(worker::add, applier::add)));
    }

    private static void runAll(List<Runnable> queue) {
        OnFx.call(() -> {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
            return null;
        });
    }

    @Test
    void aRunHandsEachResultToTheFxSideAndEndsDone() {
        OnFx.call(() -> {
            model.runAll();
            return null;
        });
        assertTrue(model.busyProperty().get());
        assertEquals(BabysittingModel.Phase.LOADING, model.phaseProperty().get());
        runAll(worker);
        assertNull(model.states().get(0).resultProperty().get(), "nothing lands before the FX side runs it");
        runAll(applier);
        assertEquals(StepResult.Outcome.PASSED, model.states().get(0).resultProperty().get().outcome());
        assertEquals(30, model.states().get(1).liveLossesProperty().get().length);
        assertEquals(BabysittingModel.Phase.DONE, model.phaseProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(2, model.finished());
    }

    @Test
    void clearingBeforeALateResultArrivesDropsIt() {
        OnFx.call(() -> {
            model.runAll();
            return null;
        });
        runAll(worker);
        OnFx.call(() -> {
            model.clear();
            return null;
        });
        runAll(applier);
        for (BabysittingModel.StepState state : model.states()) {
            assertNull(state.resultProperty().get(), state.step.id());
            assertEquals(0, state.liveLossesProperty().get().length);
        }
        assertEquals(BabysittingModel.Phase.IDLE, model.phaseProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void nextRunsTheFirstStepWithoutAResultAndIsIgnoredWhileBusy() {
        OnFx.call(() -> {
            model.runNext();
            model.runOne(1);
            return null;
        });
        assertEquals(1, worker.size(), "a second request while busy starts nothing");
        runAll(worker);
        runAll(applier);
        assertTrue(model.states().get(0).resultProperty().get().passed());
        assertNull(model.states().get(1).resultProperty().get());
        OnFx.call(() -> {
            model.runNext();
            return null;
        });
        runAll(worker);
        runAll(applier);
        // 30 updates are too few to memorise the 20 images: the step ran and failed its check.
        assertEquals(StepResult.Outcome.FAILED, model.states().get(1).resultProperty().get().outcome());
        OnFx.call(() -> {
            model.runNext();
            return null;
        });
        assertTrue(worker.isEmpty(), "every step has a result: Space does nothing");
    }
    @Test
    void anErrorOnTheWorkerEndsTheRunWithItsMessageInsteadOfStayingBusy() {
        BabysittingModel failing = OnFx.call(() -> new BabysittingModel(STEPS, 0, () -> {
            throw new OutOfMemoryError("Java heap space");
        }, new JobRunner(worker::add, applier::add)));
        OnFx.call(() -> {
            failing.runAll();
            return null;
        });
        OnFx.call(() -> {
            // What an executor's thread does with an uncaught throwable: it dies, nothing else.
            try {
                worker.remove(0).run();
            } catch (Throwable escaped) {
                // The run's end is then never handed to the FX side.
            }
            return null;
        });
        runAll(applier);
        assertFalse(failing.busyProperty().get(), "Run all and the Run buttons unlock again");
        assertEquals(BabysittingModel.Phase.ERROR, failing.phaseProperty().get());
        assertEquals("Java heap space", failing.errorProperty().get());
    }

    @Test
    void applyForgetsARunningCheckAndSetsTheSeed() {
        assertEquals(new BabysittingSetup(0), OnFx.call(() -> model.setup()));
        OnFx.call(() -> {
            model.runAll();
            return null;
        });
        assertTrue(model.busyProperty().get());
        OnFx.call(() -> {
            model.apply(new BabysittingSetup(42));
            return null;
        });
        assertFalse(model.busyProperty().get(), "the buttons unlock at once");
        assertEquals(BabysittingModel.Phase.IDLE, model.phaseProperty().get());
        runAll(worker);
        runAll(applier);
        for (BabysittingModel.StepState state : model.states()) {
            assertNull(state.resultProperty().get(), "nothing of the forgotten run lands: " + state.step.id());
        }
        assertEquals(BabysittingModel.Phase.IDLE, model.phaseProperty().get());
        assertEquals(new BabysittingSetup(42), OnFx.call(() -> model.setup()));
        assertEquals(42, model.seedProperty().get());
    }
}
