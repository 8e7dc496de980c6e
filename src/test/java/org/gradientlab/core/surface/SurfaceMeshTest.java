package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SurfaceMeshTest {
    // Book surface f = x²/20 + y² on x ∈ [−10, 10], y ∈ [−5, 5], 5 × 3 vertices: f from 0 (centre) to 30 (corners).
    private final SurfaceMesh mesh = SurfaceMesh.build(PresetSurface.BOOK, PresetSurface.BOOK.view(), 5, 3, 4, 3);

    @Test
    void everyVertexSitsAtItsXAndYWithHeightFOverTheSampledRange() {
        double[] p = mesh.points();
        assertEquals(5 * 3 * 3, p.length);
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 5; column++) {
                double x = -10 + 5 * column;
                double y = -5 + 5 * row;
                int i = mesh.vertex(column, row) * 3;
                assertEquals(x / 10, p[i], 1e-12, "u spans the view's x as −1..1");
                assertEquals(y / 5, p[i + 1], 1e-12, "v spans the view's y as −1..1");
                assertEquals((x * x / 20 + y * y) / 30, p[i + 2], 1e-12, "h = (f − 0) / (30 − 0) at " + x + ", " + y);
            }
        }
        assertEquals(0.0, p[mesh.vertex(2, 1) * 3 + 2], 1e-12, "the minimum is the floor");
        assertEquals(1.0, p[mesh.vertex(4, 2) * 3 + 2], 1e-12, "a corner is the top");
    }

    @Test
    void vertexColoursAreTheContourBandsOfThe2dMap() {
        // Levels 0.03, 0.3, 3, 30 (ContourGridTest); f(5, −5) = 26.25 is above three of them.
        int[] bands = mesh.bands();
        assertEquals(5, mesh.bandCount());
        assertEquals(0, bands[mesh.vertex(2, 1)], "f = 0 is below every level");
        assertEquals(3, bands[mesh.vertex(3, 0)], "f = 26.25");
        assertEquals(4, bands[mesh.vertex(0, 0)], "f = 30 is at the top level");
        assertEquals(2, bands[mesh.vertex(3, 1)], "f(5, 0) = 1.25 lies between 0.3 and 3");
        ContourGrid grid = mesh.grid();
        double[] levels = grid.logLevels(4, 3);
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 5; column++) {
                assertEquals(ContourGrid.band(levels, grid.value(column, row)), bands[mesh.vertex(column, row)]);
            }
        }
    }

    @Test
    void twoTrianglesPerCellAndNoneWhereFIsUndefined() {
        int[] all = mesh.triangles();
        assertEquals(4 * 2 * 2 * 3, all.length, "4 × 2 cells, two triangles of three corners each");
        assertArrayEquals(new int[] {0, 1, 6, 0, 6, 5}, java.util.Arrays.copyOf(all, 6));

        // log(x) is undefined for x ≤ 0: on x ∈ [−1, 1] the cells touching x ≤ 0 have no triangles.
        SurfaceMesh half = SurfaceMesh.build(ExpressionSurface.parse("log(x) + y^2"), new ViewRect(-1, 1, -1, 1), 3, 2, 4, 3);
        int[] kept = half.triangles();
        assertEquals(0, kept.length, "x = 0 gives log 0 = −∞: every cell has a corner at x ≤ 0");
        SurfaceMesh right = SurfaceMesh.build(ExpressionSurface.parse("log(x) + y^2"), new ViewRect(-1, 1, -1, 1), 4, 2, 4, 3);
        // Columns at x = −1, −1/3, 1/3, 1: only the last cell (1/3 .. 1) is finite.
        assertArrayEquals(new int[] {2, 3, 7, 2, 7, 6}, right.triangles());
    }

    @Test
    void liftedPointsLieOnTheSurface() {
        double[] p = mesh.lift(3, 1).orElseThrow();
        assertArrayEquals(new double[] {0.3, 0.2, (9 / 20.0 + 1) / 30}, p, 1e-12);
        assertTrue(mesh.lift(11, 0).isEmpty(), "outside the view");
    }

    @Test
    void aPathFollowsTheSurfaceBetweenItsPointsAndBreaksWhereItLeavesTheView() {
        // From (−10, 0) to (10, 0): the valley floor; 20 apart is four cells of 5, so three cut points.
        List<double[]> pieces = mesh.path(new double[] {-10, 0, 10, 0, 30, 0, 5, 5, 0, 5});
        assertEquals(2, pieces.size(), "(30, 0) is outside: the path breaks there");
        double[] first = pieces.get(0);
        assertEquals(5 * 3, first.length, "two ends and three cut points");
        for (int i = 0; i < first.length; i += 3) {
            double x = 10 * first[i];
            double y = 5 * first[i + 1];
            assertEquals(0.0, y, 1e-12);
            assertEquals((x * x / 20 + y * y) / 30, first[i + 2], 1e-12, "every point at f(x, y) on the surface");
        }
        assertEquals(0.0, first[6 + 2], 1e-12, "the middle cut point is the valley floor at (0, 0)");
        double[] second = pieces.get(1);
        assertEquals(2 * 3, second.length, "5 apart along x is one cell: no cut point");
        assertArrayEquals(new double[] {0.5, 1, (25 / 20.0 + 25) / 30, 0, 1, 25 / 30.0}, second, 1e-12);
    }

    @Test
    void aFlatSurfaceLiesAtHeightZero() {
        SurfaceMesh flat = SurfaceMesh.build(ExpressionSurface.parse("2"), PresetSurface.BOOK.view(), 3, 3, 4, 3);
        double[] p = flat.points();
        for (int i = 2; i < p.length; i += 3) {
            assertEquals(0.0, p[i]);
        }
        assertEquals(1, flat.bandCount());
    }
}
