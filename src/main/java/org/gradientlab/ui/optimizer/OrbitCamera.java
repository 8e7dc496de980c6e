package org.gradientlab.ui.optimizer;

/**
 * Where the 3-D view looks from: turned {@code azimuth} degrees about the vertical, tilted
 * {@code elevation} degrees above the floor, {@code distance} from the point it looks at, that
 * point moved by (panX, panY) in the screen's plane. Immutable; every move returns a new one,
 * clamped so the surface never turns upside down or goes behind the camera.
 */
record OrbitCamera(double azimuth, double elevation, double distance, double panX, double panY) {
    static final double MIN_ELEVATION = 5;
    static final double MAX_ELEVATION = 89;
    static final double MIN_DISTANCE = 150;
    static final double MAX_DISTANCE = 2500;
    /** One key press turns this many degrees, zooms by this factor, pans this many world units. */
    static final double KEY_DEGREES = 5;
    static final double KEY_ZOOM = 1.1;
    static final double KEY_PAN = 20;

    /** Looking from the front left, somewhat above: the valley and its walls both show. */
    static final OrbitCamera HOME = new OrbitCamera(-30, 40, 850, 0, 0);

    OrbitCamera {
        azimuth = ((azimuth % 360) + 540) % 360 - 180;  // −180 ≤ azimuth < 180
        elevation = Math.max(MIN_ELEVATION, Math.min(MAX_ELEVATION, elevation));
        distance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance));
    }

    /** Turned by {@code degreesAround} about the vertical and tilted up by {@code degreesUp}. */
    OrbitCamera orbit(double degreesAround, double degreesUp) {
        return new OrbitCamera(azimuth + degreesAround, elevation + degreesUp, distance, panX, panY);
    }

    /** Closer by {@code factor} (> 1 comes nearer, < 1 backs away). */
    OrbitCamera zoom(double factor) {
        return new OrbitCamera(azimuth, elevation, distance / factor, panX, panY);
    }

    OrbitCamera pan(double dx, double dy) {
        return new OrbitCamera(azimuth, elevation, distance, panX + dx, panY + dy);
    }
}
