package org.gradientlab.core.surface;

/** The part of the plane a lab shows by default: x in [xMin, xMax], y in [yMin, yMax]. */
public record ViewRect(double xMin, double xMax, double yMin, double yMax) {
    public ViewRect {
        if (!(xMin < xMax && yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("view must be finite with xMin < xMax and yMin < yMax, got x ["
                    + xMin + ", " + xMax + "], y [" + yMin + ", " + yMax + "]");
        }
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
