package org.gradientlab.core.experiment.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PathPcaTest {
    // Two orthonormal directions of R⁶ that are not coordinate axes.
    private static final double[] U = {0.6, 0.8, 0, 0, 0, 0};
    private static final double[] V = {0, 0, 0, 0.8, -0.6, 0};
    private static final double[] ORIGIN = {1, -2, 0.5, 3, 0, -1};
    // Path coordinates (a, b): both centred, Σab = 0, Σa² = 40, Σb² = 4.
    private static final double[] A = {-4, -2, 0, 2, 4};
    private static final double[] B = {1, -1, 0, -1, 1};

    private static List<float[]> path() {
        List<float[]> path = new ArrayList<>();
        for (int i = 0; i < A.length; i++) {
            float[] p = new float[6];
            for (int k = 0; k < 6; k++) {
                p[k] = (float) (ORIGIN[k] + A[i] * U[k] + B[i] * V[k]);
            }
            path.add(p);
        }
        return path;
    }

    @Test
    void aPathInAPlaneGivesThatPlaneWithItsVarianceSharesAndTheStartAtNegativeCoordinates() {
        Plane plane = PathPca.plane(path(), ORIGIN);
        // The first point (−4, 1): d1 = +U puts it at −4, d2 = −V at −1.
        assertArrayEquals(U, plane.d1(), 1e-6);
        assertArrayEquals(new double[] {0, 0, 0, -0.8, 0.6, 0}, plane.d2(), 1e-6);
        // The path is stored in single precision, so its shares are good to about 1e-8.
        assertArrayEquals(new double[] {40.0 / 44, 4.0 / 44}, plane.explained(), 1e-7);
    }

    @Test
    void thePlaneIsOrthonormalAndEveryPathPointProjectsToItsOwnCoordinates() {
        Plane plane = PathPca.plane(path(), ORIGIN);
        assertEquals(1, Directions.dot(plane.d1(), plane.d1()), 1e-12);
        assertEquals(1, Directions.dot(plane.d2(), plane.d2()), 1e-12);
        assertEquals(0, Directions.dot(plane.d1(), plane.d2()), 1e-12);
        List<float[]> path = path();
        for (int i = 0; i < A.length; i++) {
            assertArrayEquals(new double[] {A[i], -B[i]}, plane.project(path.get(i)), 1e-5, "point " + i);
        }
    }

    @Test
    void aPathAlongALineHasNoPlane() {
        List<float[]> line = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            line.add(new float[] {i, 2 * i, 0});
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PathPca.plane(line, new double[3]));
        assertEquals("the path moves along a line or not at all: no plane to show it in", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PathPca.plane(line.subList(0, 2), new double[3]));
    }
}
