package org.gradientlab.core.concepts.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PointCloudTest {
    @Test
    void addsAndRemovesWithoutChangingTheOriginal() {
        PointCloud one = PointCloud.EMPTY.with(1, 2);
        PointCloud three = one.with(3, 4).with(5, 6);
        assertEquals(1, one.size());
        PointCloud withoutMiddle = three.without(1);
        assertArrayEquals(new double[] {1, 5}, withoutMiddle.xs());
        assertArrayEquals(new double[] {2, 6}, withoutMiddle.ys());
        assertEquals(3, three.size());
    }

    @Test
    void findsTheNearestPoint() {
        PointCloud cloud = new PointCloud(new double[] {0, 10, 4}, new double[] {0, 0, 3});
        assertEquals(2, cloud.nearest(5, 2));
        assertEquals(-1, PointCloud.EMPTY.nearest(0, 0));
    }

    @Test
    void rejectsNonFiniteAndMismatchedCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> PointCloud.EMPTY.with(Double.NaN, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PointCloud(new double[2], new double[3]));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
    }

    @Test
    void presetsAreReproducibleBySeedAndDifferBetweenSeeds() {
        for (CloudPreset preset : CloudPreset.values()) {
            PointCloud a = preset.sample(42, 50);
            assertArrayEquals(a.xs(), preset.sample(42, 50).xs(), preset.name());
            assertFalse(java.util.Arrays.equals(a.xs(), preset.sample(43, 50).xs()), preset.name());
        }
        PointCloud standard = CloudPreset.defaultCloud();
        assertEquals(CloudPreset.DEFAULT_COUNT, standard.size());
        assertTrue(Moments.of(standard.xs(), standard.ys()).covariance()[0][1] > 0.3, "default cloud is correlated");
    }
}
