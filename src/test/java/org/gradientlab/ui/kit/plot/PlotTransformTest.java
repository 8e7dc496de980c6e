package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gradientlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

class PlotTransformTest {
    // x ∈ [−10, 10] on 400 px from 50, y ∈ [−5, 5] on 200 px from 20: 20 px per unit both ways.
    private final PlotTransform t = new PlotTransform(new ViewRect(-10, 10, -5, 5), 50, 20, 400, 200);

    @Test
    void mapsCornersAndFlipsY() {
        assertEquals(50, t.pixelX(-10));
        assertEquals(450, t.pixelX(10));
        assertEquals(20, t.pixelY(5), "the top of the view is the top of the area");
        assertEquals(220, t.pixelY(-5));
        assertEquals(250, t.pixelX(0));
        assertEquals(-7, t.dataX(t.pixelX(-7)), 1e-12);
        assertEquals(2, t.dataY(t.pixelY(2)), 1e-12);
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        ViewRect zoomed = t.zoomAt(130, 60, 0.5);
        PlotTransform after = new PlotTransform(zoomed, 50, 20, 400, 200);
        assertEquals(t.dataX(130), after.dataX(130), 1e-12);
        assertEquals(t.dataY(60), after.dataY(60), 1e-12);
        assertEquals(10, zoomed.xMax() - zoomed.xMin(), 1e-12);
    }

    @Test
    void panMovesTheContentWithTheDrag() {
        ViewRect moved = t.pan(40, -20);
        // Dragging right by 2 units shows what was 2 units further left.
        assertEquals(new ViewRect(-12, 8, -6, 4), moved);
    }

    @Test
    void clipsFarSegmentsToTheGrownArea() {
        // From the centre straight right to a million pixels: cut at the right edge plus margin 10.
        assertArrayEquals(new double[] {250, 120, 460, 120}, t.clip(250, 120, 1e6, 120, 10), 1e-9);
        assertNull(t.clip(0, 0, 10, 0, 5), "wholly outside");
        assertArrayEquals(new double[] {100, 100, 200, 150}, t.clip(100, 100, 200, 150, 0), 1e-12);
    }
}
