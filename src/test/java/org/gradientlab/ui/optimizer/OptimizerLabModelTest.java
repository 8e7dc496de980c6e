package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.ExpressionException;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.core.surface.Trajectory;
import org.gradientlab.core.surface.TrajectoryPoint;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;
import org.junit.jupiter.api.Test;

class OptimizerLabModelTest {
    private final OptimizerLabModel model = new OptimizerLabModel();

    @Test
    void opensOnTheBooksFigureShownComplete() {
        assertEquals(PresetSurface.BOOK, model.surface());
        assertEquals(new Vec2(-7, 2), model.start());
        assertEquals(30, model.steps());
        assertEquals(30, model.currentStep());
        assertEquals(PresetSurface.BOOK.view(), model.viewProperty().get());
        for (Run run : model.runs()) {
            Trajectory expected = TrajectoryRunner.run(TrajectorySettings.bookFigure(run.kind()));
            assertEquals(expected.settings(), run.trajectory().settings(), run.kind().id());
            assertEquals(positions(expected), positions(run.trajectory()), run.kind().id());
            assertTrue(run.isEnabled());
        }
        TrajectoryPoint sgd = model.run(OptimizerKind.SGD).trajectory().point(30);
        assertEquals(-0.350, sgd.x(), 5e-4);
        assertEquals(0.085, sgd.y(), 5e-4);
    }

    private static java.util.List<Vec2> positions(Trajectory trajectory) {
        return trajectory.points().stream().map(p -> new Vec2(p.x(), p.y())).toList();
    }

    @Test
    void playingFromTheEndStartsOverAndAdvancesBySpeedTimesTime() {
        model.setSpeed(10);
        model.play();
        assertEquals(0, model.currentStep());
        model.advance(0.25);
        assertEquals(2.5, model.position(), 1e-12);
        assertEquals(2, model.currentStep());
        model.advance(10);
        assertEquals(30, model.position());
        assertFalse(model.isPlaying(), "stops at the last step");
    }

    @Test
    void pausedModelDoesNotMove() {
        model.reset();
        model.advance(1);
        assertEquals(0, model.position());
    }

    @Test
    void stepsMoveToWholeStepsAndPause() {
        model.reset();
        model.stepForward();
        model.stepForward();
        assertEquals(2, model.currentStep());
        model.stepBack();
        assertEquals(1, model.position());
        model.play();
        model.advance(1.5 / OptimizerLabModel.DEFAULT_SPEED);
        assertEquals(2.5, model.position(), 1e-12);
        model.stepBack();
        assertEquals(2, model.position());
        assertFalse(model.isPlaying());
        model.stepBack();
        model.stepBack();
        model.stepBack();
        assertEquals(0, model.position(), "never before the start");
    }

    @Test
    void changingALearningRateRecomputesThatRunAndKeepsTheStep() {
        model.seek(12);
        Trajectory before = model.run(OptimizerKind.MOMENTUM).trajectory();
        Trajectory sgdBefore = model.run(OptimizerKind.SGD).trajectory();
        model.update(OptimizerKind.MOMENTUM, s -> s.withLearningRate(0.05));
        assertEquals(12, model.currentStep());
        Trajectory after = model.run(OptimizerKind.MOMENTUM).trajectory();
        assertNotEquals(before.point(12), after.point(12));
        assertEquals(0.05, after.settings().optimizer().learningRate());
        assertSame(sgdBefore, model.run(OptimizerKind.SGD).trajectory(), "other runs are untouched");
    }

    @Test
    void invalidLearningRateKeepsTheLastGoodRun() {
        Run sgd = model.run(OptimizerKind.SGD);
        Trajectory good = sgd.trajectory();
        OptimizerSettings settings = sgd.settings();
        for (double bad : new double[] {-1, 0, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.update(OptimizerKind.SGD, s -> s.withLearningRate(bad)));
            assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> model.update(OptimizerKind.ADAM, s -> s.withBetas(0.9, 1)));
        assertSame(good, sgd.trajectory());
        assertSame(settings, sgd.settings());
    }

    @Test
    void badFormulaKeepsTheLastGoodSurface() {
        model.setSurface("x^2/4 + y^2");
        var good = model.surface();
        ExpressionException e = assertThrows(ExpressionException.class, () -> model.setSurface("x^2 + (y"));
        assertEquals(8, e.position());
        assertSame(good, model.surface());
        assertEquals("x^2/4 + y^2", model.run(OptimizerKind.ADAM).trajectory().settings().surface().id());
    }

    @Test
    void presetSurfaceBringsItsViewAndAStartInsideIt() {
        model.setSurface("rosenbrock");
        assertEquals(PresetSurface.ROSENBROCK, model.surface());
        assertEquals(PresetSurface.ROSENBROCK.view(), model.viewProperty().get());
        assertTrue(PresetSurface.ROSENBROCK.view().contains(model.start().x(), model.start().y()));
        TrajectoryPoint first = model.run(OptimizerKind.ADAM).trajectory().point(0);
        assertEquals(PresetSurface.ROSENBROCK.value(first.x(), first.y()), first.f());
    }

    @Test
    void newStartMovesEveryRun() {
        model.setStart(new Vec2(3, -1));
        for (Run run : model.runs()) {
            TrajectoryPoint first = run.trajectory().point(0);
            assertEquals(new Vec2(3, -1), new Vec2(first.x(), first.y()));
        }
        assertThrows(IllegalArgumentException.class, () -> model.setStart(new Vec2(Double.NaN, 0)));
    }

    @Test
    void stepCountIsBoundedAndClampsThePosition() {
        assertThrows(IllegalArgumentException.class, () -> model.setSteps(0));
        assertThrows(IllegalArgumentException.class, () -> model.setSteps(1001));
        model.setSteps(10);
        assertEquals(10, model.position());
        assertEquals(11, model.run(OptimizerKind.SGD).trajectory().points().size());
        assertThrows(IllegalArgumentException.class, () -> model.setSpeed(0));
    }

    @Test
    void divergingRunLeavesTheOthersRunning() {
        model.setSteps(1000);
        model.update(OptimizerKind.SGD, s -> s.withLearningRate(1.1));
        assertEquals(OptionalInt.of(72), model.run(OptimizerKind.SGD).summary().divergedAt());
        for (Run run : model.runs()) {
            if (run.kind() != OptimizerKind.SGD) {
                assertFalse(run.trajectory().diverged(), run.kind().id());
                assertEquals(1001, run.trajectory().points().size());
            }
        }
    }

    @Test
    void bookSetupRestoresTheFigureInTwoByTwo() {
        model.setSurface("beale");
        model.setSteps(200);
        model.update(OptimizerKind.ADAM, s -> s.withLearningRate(0.01).withBetas(0.5, 0.5));
        model.run(OptimizerKind.ADAM).enabledProperty().set(false);
        model.reset();

        model.bookSetup();
        assertEquals(OptimizerLabModel.Layout.SMALL_MULTIPLES, model.layoutProperty().get());
        assertEquals(OptimizerLabModel.BOOK_KINDS, model.enabledRuns().stream().map(Run::kind).toList());
        assertEquals(30, model.currentStep());
        for (Run run : model.runs()) {
            assertEquals(TrajectorySettings.bookFigure(run.kind()), run.trajectory().settings());
        }
        assertEquals(PresetSurface.BOOK.view(), model.viewProperty().get());
    }
}
