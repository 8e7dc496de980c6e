package org.gradientlab.core.experiment.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlaneTest {
    private static final double[] NAN2 = {Double.NaN, Double.NaN};

    @Test
    void aPointOnASkewPlaneProjectsToTheCoordinatesItWasMadeFrom() {
        // d1 and d2 neither unit nor orthogonal, as two random directions.
        Plane plane = new Plane(PlaneKind.RANDOM, new double[] {1, 2, 3, 4}, new double[] {2, 0, 1, 0},
                new double[] {1, 1, 0, -3}, NAN2);
        double[] theta = new double[4];
        plane.point(-0.75, 2.5, theta);
        assertArrayEquals(new double[] {1 - 1.5 + 2.5, 2 + 2.5, 3 - 0.75, 4 - 7.5}, theta, 1e-15);
        assertArrayEquals(new double[] {-0.75, 2.5}, plane.project(theta), 1e-12);
    }

    @Test
    void aPointOffThePlaneProjectsToItsNearestPointOnIt() {
        Plane plane = new Plane(PlaneKind.RANDOM, new double[3], new double[] {1, 0, 0}, new double[] {1, 1, 0}, NAN2);
        // (3, 5, 7): nearest on the plane z = 0 is (3, 5, 0) = −2·d1 + 5·d2.
        assertArrayEquals(new double[] {-2, 5}, plane.project(new double[] {3, 5, 7}), 1e-12);
    }

    @Test
    void parallelDirectionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Plane(PlaneKind.RANDOM, new double[2],
                new double[] {1, 2}, new double[] {-2, -4}, NAN2));
    }
}
