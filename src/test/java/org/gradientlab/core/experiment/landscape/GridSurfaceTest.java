package org.gradientlab.core.experiment.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.surface.ViewRect;

class GridSurfaceTest {
    // f = x + 10·y on x ∈ {−1, 0, 1}, y ∈ {−2, 0, 2}, but one corner is NaN.
    private static final LandscapeResult.Grid GRID = new LandscapeResult.Grid(new double[] {-1, 0, 1},
            new double[] {-2, 0, 2}, new double[][] {{-21, -20, -19}, {-1, 0, 1}, {19, 20, Double.NaN}});

    @Test
    void gridPointsKeepTheirLossAndCellsAreBilinear() {
        GridSurface s = new GridSurface(GRID);
        assertEquals(-21, s.value(-1, -2));
        assertEquals(0, s.value(0, 0));
        assertEquals(20, s.value(0, 2));
        // Inside the lower-left cell: (−0.5, −1) is the mean of its four corners, −10.5.
        assertEquals(-10.5, s.value(-0.5, -1), 1e-12);
        assertEquals(-0.25 + 10 * 0.5, s.value(-0.25, 0.5), 1e-12);
    }

    @Test
    void aNanCornerSpoilsOnlyItsCellAndOutsideHoldsTheEdge() {
        GridSurface s = new GridSurface(GRID);
        assertEquals(Double.NaN, s.value(0.5, 1));
        assertEquals(-0.5 + 10, s.value(-0.5, 1), 1e-12);
        assertEquals(-21, s.value(-5, -9));
        assertEquals(new ViewRect(-1, 1, -2, 2), s.view());
    }
}
