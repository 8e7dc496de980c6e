package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PresetSurfaceTest {
    private static final List<Vec2> PROBES = List.of(new Vec2(-7, 2), new Vec2(0.3, -1.7), new Vec2(1.5, 0.5),
            new Vec2(-2.2, -3.1), new Vec2(4, 4.5), new Vec2(-0.5, 0.25));

    @ParameterizedTest
    @EnumSource(PresetSurface.class)
    void analyticGradientMatchesCentralDifferences(PresetSurface surface) {
        for (Vec2 p : PROBES) {
            Vec2 analytic = surface.gradient(p.x(), p.y());
            Vec2 numeric = surface.numericGradient(p.x(), p.y());
            assertRelativelyClose(analytic.x(), numeric.x(), surface + " ∂f/∂x at " + p);
            assertRelativelyClose(analytic.y(), numeric.y(), surface + " ∂f/∂y at " + p);
        }
    }

    @ParameterizedTest
    @EnumSource(PresetSurface.class)
    void gradientVanishesAtEachMinimumAndFIsSmallestThere(PresetSurface surface) {
        for (Vec2 m : surface.minima()) {
            Vec2 g = surface.gradient(m.x(), m.y());
            assertEquals(0, Math.hypot(g.x(), g.y()), 1e-9, surface + " at " + m);
            double f = surface.value(m.x(), m.y());
            for (double dx : new double[] {-1e-3, 1e-3}) {
                assertTrue(surface.value(m.x() + dx, m.y()) > f && surface.value(m.x(), m.y() + dx) > f,
                        surface + " is not smallest at " + m);
            }
            assertTrue(surface.view().contains(m.x(), m.y()), surface + " view hides " + m);
        }
    }

    @Test
    void bookFunctionIsTheBooks() {
        PresetSurface book = PresetSurface.BOOK;
        assertEquals(49 / 20.0 + 4, book.value(-7, 2), 1e-15);
        assertEquals(new Vec2(-0.7, 4), book.gradient(-7, 2));
        assertEquals(new ViewRect(-10, 10, -5, 5), book.view());
        assertEquals(List.of(new Vec2(0, 0)), book.minima());
    }

    @Test
    void himmelblauHasFourMinimaOfValueZero() {
        assertEquals(4, PresetSurface.HIMMELBLAU.minima().size());
        for (Vec2 m : PresetSurface.HIMMELBLAU.minima()) {
            assertEquals(0, PresetSurface.HIMMELBLAU.value(m.x(), m.y()), 1e-20);
        }
        assertEquals(0, PresetSurface.ROSENBROCK.value(1, 1));
        assertEquals(0, PresetSurface.BEALE.value(3, 0.5));
    }

    @Test
    void saddleHasNoMinimum() {
        assertEquals(List.of(), PresetSurface.SADDLE.minima());
        assertTrue(PresetSurface.SADDLE.value(0, 1) < PresetSurface.SADDLE.value(0, 0));
    }

    @Test
    void findsPresetsByCommandLineName() {
        for (PresetSurface surface : PresetSurface.values()) {
            assertEquals(Optional.of(surface), PresetSurface.byName(surface.id()));
        }
        assertEquals("book, bowl, rosenbrock, himmelblau, saddle, beale", PresetSurface.names());
        assertEquals(Optional.empty(), PresetSurface.byName("BOOK"));
    }

    /** Relative error below 1e-6, or absolute below 1e-6 where the gradient is near zero. */
    private static void assertRelativelyClose(double expected, double actual, String message) {
        double error = Math.abs(expected - actual) / Math.max(1, Math.max(Math.abs(expected), Math.abs(actual)));
        assertTrue(error < 1e-6, message + ": analytic " + expected + " vs numeric " + actual);
    }
}
