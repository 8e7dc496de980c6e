package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import org.gradientlab.core.optim.Adam;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrajectoryRunnerTest {

    /** src/test/resources/book/*.csv, written by tools/book_reference.py from the book's own code. */
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void matchesTheBooksCodeStepByStep(OptimizerKind kind) throws IOException {
        List<double[]> book = readCsv("/book/" + kind.id() + ".csv");
        Trajectory trajectory = TrajectoryRunner.run(TrajectorySettings.bookFigure(kind));
        assertFalse(trajectory.diverged());
        assertEquals(book.size(), trajectory.points().size());
        for (double[] row : book) {
            TrajectoryPoint p = trajectory.point((int) row[0]);
            assertEquals(row[1], p.x(), 1e-9, kind + " x at step " + p.step());
            assertEquals(row[2], p.y(), 1e-9, kind + " y at step " + p.step());
            assertEquals(row[3], p.f(), 1e-9, kind + " f at step " + p.step());
        }
    }

    @Test
    void sgdEndsNearMinusPoint35AfterThirtySteps() {
        TrajectoryPoint last = TrajectoryRunner.run(TrajectorySettings.bookFigure(OptimizerKind.SGD)).last();
        assertEquals(30, last.step());
        // x = −7·0.905³⁰, y = 2·(−0.9)³⁰: SGD crawls along the shallow x axis.
        assertEquals(-0.350, last.x(), 5e-4);
        assertEquals(0.085, last.y(), 5e-4);
    }

    @Test
    void recordsGradientAndStateAfterEachStep() {
        Trajectory trajectory = TrajectoryRunner.run(TrajectorySettings.bookFigure(OptimizerKind.ADAM));
        TrajectoryPoint start = trajectory.point(0);
        assertEquals(new Vec2(-7, 2), new Vec2(start.x(), start.y()));
        assertEquals(new Vec2(-0.7, 4), start.gradient());
        assertEquals(0, start.state().step());
        assertTrue(start.state().slots().isEmpty());
        for (TrajectoryPoint p : trajectory.points()) {
            assertEquals(p.step(), p.state().step());
            assertEquals(PresetSurface.BOOK.gradient(p.x(), p.y()), p.gradient());
        }
        TrajectoryPoint first = trajectory.point(1);
        assertEquals(0.1 * -0.7, first.state().slot("x", "m").get(0), 1e-15);
        assertNotNull(first.state().scalars().get(Adam.LR_T));
    }

    @Test
    void reportsDivergenceInsteadOfOverflowing() {
        // SGD lr 1.1 on x²/20 + y²: y ← (1 − 2·1.1)·y = −1.2·y, so f ≈ 4·1.44ᵏ passes 1e12 at k = 72.
        OptimizerSettings sgd = OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(1.1);
        Trajectory trajectory = TrajectoryRunner.run(
                new TrajectorySettings(PresetSurface.BOOK, sgd, TrajectorySettings.BOOK_START, 1000));
        assertEquals(OptionalInt.of(72), trajectory.divergedAt());
        assertEquals(72, trajectory.points().size());
        assertTrue(Math.abs(trajectory.last().f()) <= TrajectoryRunner.DIVERGENCE_LIMIT);
        assertEquals(2 * Math.pow(-1.2, 71), trajectory.last().y(), 1e-6 * Math.pow(1.2, 71));
    }

    @Test
    void reportsNotANumberAsDivergence() {
        // log(x) from x = 0.5 with lr 1: x ← 0.5 − 1/0.5 = −1.5, where log is NaN.
        OptimizerSettings sgd = OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(1);
        Trajectory trajectory = TrajectoryRunner.run(
                new TrajectorySettings(ExpressionSurface.parse("log(x)"), sgd, new Vec2(0.5, 0), 10));
        assertEquals(OptionalInt.of(1), trajectory.divergedAt());
        assertEquals(1, trajectory.points().size());
    }

    @Test
    void aConvergingRunIsNotDiverged() {
        Trajectory trajectory = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.BOWL,
                OptimizerSettings.defaults(OptimizerKind.MOMENTUM).withLearningRate(0.1), new Vec2(3, -4), 2000));
        assertEquals(OptionalInt.empty(), trajectory.divergedAt());
        assertEquals(2001, trajectory.points().size());
        assertEquals(0, trajectory.last().x(), 1e-12);
    }

    @Test
    void validatesStepsAndStart() {
        OptimizerSettings sgd = OptimizerSettings.defaults(OptimizerKind.SGD);
        assertEquals("steps must be in 1..100000, got 0", assertThrows(IllegalArgumentException.class,
                () -> new TrajectorySettings(PresetSurface.BOOK, sgd, new Vec2(0, 0), 0)).getMessage());
        assertEquals("steps must be in 1..100000, got 100001", assertThrows(IllegalArgumentException.class,
                () -> new TrajectorySettings(PresetSurface.BOOK, sgd, new Vec2(0, 0), 100_001)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new TrajectorySettings(PresetSurface.BOOK, sgd, new Vec2(Double.NaN, 0), 5));
    }

    private static List<double[]> readCsv(String resource) throws IOException {
        var stream = TrajectoryRunnerTest.class.getResourceAsStream(resource);
        assertNotNull(stream, "missing " + resource + ": run python3 tools/book_reference.py");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            assertEquals("step,x,y,f", reader.readLine());
            return reader.lines().map(line -> java.util.Arrays.stream(line.split(","))
                    .mapToDouble(Double::parseDouble).toArray()).toList();
        }
    }
}
