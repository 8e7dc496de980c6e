package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContourGridTest {

    @Test
    void samplesTheCornersAndTheCentreOfTheView() {
        // Book view x ∈ [−10, 10], y ∈ [−5, 5] on 5 × 3 samples: x step 5, y step 5.
        ContourGrid grid = ContourGrid.sample(PresetSurface.BOOK, PresetSurface.BOOK.view(), 5, 3);
        assertEquals(30.0, grid.value(0, 0), 1e-12, "f(−10, −5) = 100/20 + 25");
        assertEquals(30.0, grid.value(4, 2), 1e-12);
        assertEquals(0.0, grid.value(2, 1), 1e-12);
        assertEquals(1.25 + 25, grid.value(3, 0), 1e-12, "f(5, −5)");
        assertEquals(-5.0, grid.x(1), 1e-12);
        assertEquals(5.0, grid.y(2), 1e-12);
        assertEquals(0.0, grid.min());
        assertEquals(30.0, grid.max());
    }

    @Test
    void logLevelsSpanTheGivenDecadesBelowTheRange() {
        ContourGrid grid = ContourGrid.sample(PresetSurface.BOOK, PresetSurface.BOOK.view(), 5, 3);
        assertArrayEquals(new double[] {0.03, 0.3, 3, 30}, grid.logLevels(4, 3), 1e-12);
    }

    @Test
    void flatSurfaceHasNoLevels() {
        ContourGrid grid = ContourGrid.sample(ExpressionSurface.parse("2"), PresetSurface.BOOK.view(), 4, 4);
        assertEquals(0, grid.logLevels(5, 2).length);
    }

    @Test
    void bandCountsTheLevelsAtOrBelow() {
        double[] levels = {1, 2, 3};
        assertEquals(0, ContourGrid.band(levels, 0.5));
        assertEquals(1, ContourGrid.band(levels, 1));
        assertEquals(2, ContourGrid.band(levels, 2.5));
        assertEquals(3, ContourGrid.band(levels, 7));
    }

    @Test
    void circleContourOfTheBowlLiesOnTheCircle() {
        ViewRect view = new ViewRect(-2, 2, -2, 2);
        ContourGrid grid = ContourGrid.sample(PresetSurface.BOWL, view, 201, 201);
        double[] s = grid.segments(1.0);
        assertTrue(s.length > 100, "a closed ring crosses many cells");
        double length = 0;
        for (int i = 0; i < s.length; i += 4) {
            // Linear interpolation of r² across a 0.02-wide cell errs by at most ~1e-4 in r.
            assertEquals(1.0, Math.hypot(s[i], s[i + 1]), 2e-4);
            assertEquals(1.0, Math.hypot(s[i + 2], s[i + 3]), 2e-4);
            length += Math.hypot(s[i + 2] - s[i], s[i + 3] - s[i + 1]);
        }
        assertEquals(2 * Math.PI, length, 1e-3);
    }

    @Test
    void saddleCellIsSplitByItsCentre() {
        // f = x·y on one cell: corners 1, −1, 1, −1 (bottom left, bottom right, top right, top left).
        ContourGrid grid = ContourGrid.sample(ExpressionSurface.parse("x*y"), new ViewRect(-1, 1, -1, 1), 2, 2);
        // Centre 0 is not above 0.5: the two corners above it are cut off on their own.
        assertArrayEquals(new double[] {-1, -0.5, -0.5, -1, 1, 0.5, 0.5, 1}, grid.segments(0.5), 1e-12);
        // Centre 0 is above −0.5: the cut goes round the two corners below it.
        assertArrayEquals(new double[] {-1, 0.5, -0.5, 1, 0.5, -1, 1, -0.5}, grid.segments(-0.5), 1e-12);
    }

    @Test
    void cellsWithoutAValueDrawNothing() {
        // sqrt is NaN for x < 0: only the right half has contours.
        ContourGrid grid = ContourGrid.sample(ExpressionSurface.parse("sqrt(x) + y^2"), new ViewRect(-1, 1, -1, 1), 41, 41);
        assertTrue(Double.isNaN(grid.value(0, 20)));
        double[] s = grid.segments(0.5);
        assertTrue(s.length > 0);
        for (int i = 0; i < s.length; i += 2) {
            assertTrue(s[i] >= 0, "segment point at x = " + s[i]);
        }
        assertEquals(0.0, grid.min(), 1e-12);
    }

    @Test
    void rejectsAGridWithoutCells() {
        assertThrows(IllegalArgumentException.class,
                () -> ContourGrid.sample(PresetSurface.BOOK, PresetSurface.BOOK.view(), 1, 10));
    }
}
