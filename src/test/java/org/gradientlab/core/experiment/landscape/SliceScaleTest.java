package org.gradientlab.core.experiment.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.surface.ViewRect;

/** The scale slices drawn side by side share, on grids small enough to check by hand. */
class SliceScaleTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static LandscapeResult.Grid grid(double[] xs, double[] ys, double[][] losses) {
        return new LandscapeResult.Grid(xs, ys, losses);
    }

    @Test
    void oneGridKeepsItsOwnExtentAndLossRange() {
        SliceScale scale = SliceScale.of(List.of(grid(new double[] {-2, 0, 2}, new double[] {-1, 0, 1},
                new double[][] {{3, 2, 3}, {2, 0.5, 2}, {3, 2, 4}})));
        assertEquals(new ViewRect(-2, 2, -1, 1), scale.view());
        assertEquals(0.5, scale.min());
        assertEquals(4, scale.max());
    }

    @Test
    void twoGridsShareTheUnionOfTheirExtentsAndTheJointRange() {
        // The first is wide and low, the second tall and high: the scale takes x from the first,
        // y and the largest loss from the second, the smallest loss from the first.
        var wide = grid(new double[] {-3, 0, 3}, new double[] {-1, 0, 1},
                new double[][] {{1, 1, 1}, {1, 0.25, 1}, {1, 1, 1}});
        var tall = grid(new double[] {-1, 0, 1}, new double[] {-5, 0, 5},
                new double[][] {{9, 8, 9}, {8, 2, 8}, {9, 8, 7}});
        SliceScale scale = SliceScale.of(List.of(wide, tall));
        assertEquals(new ViewRect(-3, 3, -5, 5), scale.view());
        assertEquals(0.25, scale.min());
        assertEquals(9, scale.max());
        assertEquals(scale, SliceScale.of(List.of(tall, wide)), "the order of the grids does not matter");
    }

    @Test
    void lossesThatAreNotFiniteAreLeftOut() {
        // A net that blew up far from θ₁ gives ∞ or NaN there; the rings must still spread over the rest.
        var first = grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{NAN, 5}, {INF, 1.5}});
        var second = grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{-INF, 2}, {NAN, 6}});
        SliceScale scale = SliceScale.of(List.of(first, second));
        assertEquals(1.5, scale.min());
        assertEquals(6, scale.max());
    }

    @Test
    void gridsWithNoFiniteLossHaveNoRangeAndNoLevels() {
        var lost = grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{NAN, INF}, {NAN, NAN}});
        SliceScale scale = SliceScale.of(List.of(lost, lost));
        assertTrue(Double.isNaN(scale.min()) && Double.isNaN(scale.max()), scale.toString());
        assertEquals(0, scale.logLevels(5, 2).length);
    }

    @Test
    void levelsSpreadLogarithmicallyOverTheJointRange() {
        var low = grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{1, 2}, {3, 4}});
        var high = grid(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{5, 6}, {7, 11}});
        // min 1, max 11, range 10; 3 levels over 2 decades: 1 + 10·10^-2, 1 + 10·10^-1, 1 + 10·10^0.
        assertArrayEquals(new double[] {1.1, 2, 11}, SliceScale.of(List.of(low, high)).logLevels(3, 2), 1e-12);
    }

    @Test
    void noGridIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SliceScale.of(List.of()));
    }
}
