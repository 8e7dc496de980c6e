package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrbitCameraTest {
    @Test
    void orbitingTurnsAndTiltsButNeverGoesUnderTheFloorOrOverTheTop() {
        OrbitCamera c = new OrbitCamera(0, 30, 500, 0, 0);
        assertEquals(20, c.orbit(20, 0).azimuth(), 1e-12);
        assertEquals(45, c.orbit(0, 15).elevation(), 1e-12);
        assertEquals(OrbitCamera.MAX_ELEVATION, c.orbit(0, 200).elevation(), 1e-12);
        assertEquals(OrbitCamera.MIN_ELEVATION, c.orbit(0, -200).elevation(), 1e-12);
        assertEquals(-170, c.orbit(190, 0).azimuth(), 1e-12, "azimuth wraps to −180..180");
    }

    @Test
    void zoomDividesTheDistanceWithinItsLimits() {
        OrbitCamera c = new OrbitCamera(0, 30, 500, 0, 0);
        assertEquals(250, c.zoom(2).distance(), 1e-12);
        assertEquals(1000, c.zoom(0.5).distance(), 1e-12);
        assertEquals(OrbitCamera.MIN_DISTANCE, c.zoom(100).distance(), 1e-12);
        assertEquals(OrbitCamera.MAX_DISTANCE, c.zoom(0.01).distance(), 1e-12);
    }

    @Test
    void panAddsToTheOffset() {
        OrbitCamera c = new OrbitCamera(0, 30, 500, 1, 2).pan(10, -5);
        assertEquals(11, c.panX(), 1e-12);
        assertEquals(-3, c.panY(), 1e-12);
    }
}
