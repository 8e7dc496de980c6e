package org.gradientlab.core.experiment.landscape;

/**
 * The plane θ(x, y) = origin + x·d1 + y·d2 in weight space. The directions need not be
 * orthogonal (two random ones almost are); a point projects to the (x, y) of its least-squares
 * nearest point on the plane, so a point on the plane returns its own coordinates.
 *
 * @param explained the share of the path's variance along d1 and d2 for a PCA plane, else NaN
 */
public record Plane(PlaneKind kind, double[] origin, double[] d1, double[] d2, double[] explained) {
    public Plane {
        if (d1.length != origin.length || d2.length != origin.length) {
            throw new IllegalArgumentException("directions of length " + d1.length + ", " + d2.length
                    + " for a point of " + origin.length);
        }
        double det = Directions.dot(d1, d1) * Directions.dot(d2, d2) - Directions.dot(d1, d2) * Directions.dot(d1, d2);
        if (!(det > 0)) {
            throw new IllegalArgumentException("the two directions do not span a plane");
        }
    }

    /** θ(x, y) into {@code target}: origin + x·d1 + y·d2. At (0, 0) exactly the origin. */
    public void point(double x, double y, double[] target) {
        for (int i = 0; i < origin.length; i++) {
            target[i] = origin[i] + x * d1[i] + y * d2[i];
        }
    }

    /** (x, y) minimising ‖θ − θ(x, y)‖: the normal equations of the 2×2 Gram matrix of d1, d2. */
    public double[] project(double[] theta) {
        return project(i -> theta[i]);
    }

    /** As {@link #project(double[])} for a single-precision snapshot. */
    public double[] project(float[] theta) {
        return project(i -> theta[i]);
    }

    private double[] project(java.util.function.IntToDoubleFunction theta) {
        double a = 0;
        double b = 0;
        double c = 0;
        double p = 0;
        double q = 0;
        for (int i = 0; i < origin.length; i++) {
            double v = theta.applyAsDouble(i) - origin[i];
            a += d1[i] * d1[i];
            b += d1[i] * d2[i];
            c += d2[i] * d2[i];
            p += d1[i] * v;
            q += d2[i] * v;
        }
        double det = a * c - b * b;
        return new double[] {(c * p - b * q) / det, (a * q - b * p) / det};
    }
}
