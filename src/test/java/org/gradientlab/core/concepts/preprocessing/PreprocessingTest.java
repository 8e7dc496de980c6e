package org.gradientlab.core.concepts.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PreprocessingTest {
    /** (0,0), (2,1), (4,5): mean (2,2); deviations (−2,−2), (0,−1), (2,3). */
    private static final PointCloud THREE = new PointCloud(new double[] {0, 2, 4}, new double[] {0, 1, 5});

    private static StageResult stage(List<StageResult> stages, Stage which) {
        return stages.stream().filter(s -> s.stage() == which).findFirst().orElseThrow();
    }

    @Test
    void meanAndPopulationCovarianceMatchAHandComputation() {
        Moments m = Moments.of(THREE.xs(), THREE.ys());
        assertEquals(2, m.meanX(), 1e-12);
        assertEquals(2, m.meanY(), 1e-12);
        // cov = Xᵀ X / N: (4+0+4)/3, (4+0+6)/3, (4+1+9)/3
        assertEquals(8.0 / 3, m.covariance()[0][0], 1e-12);
        assertEquals(10.0 / 3, m.covariance()[0][1], 1e-12);
        assertEquals(10.0 / 3, m.covariance()[1][0], 1e-12);
        assertEquals(14.0 / 3, m.covariance()[1][1], 1e-12);
        // trace 22/3, det 4/3 → λ = (11 ± √109) / 3, descending
        assertEquals((11 + Math.sqrt(109)) / 3, m.eigenvalues()[0], 1e-12);
        assertEquals((11 - Math.sqrt(109)) / 3, m.eigenvalues()[1], 1e-12);
    }

    @Test
    void eigenvectorsAreOrthonormalEigenpairsWithAStableSign() {
        Moments m = Moments.of(THREE.xs(), THREE.ys());
        double[][] v = m.eigenvectors();
        double[][] c = m.covariance();
        for (int k = 0; k < 2; k++) {
            assertEquals(1, Math.hypot(v[k][0], v[k][1]), 1e-12);
            assertEquals(m.eigenvalues()[k] * v[k][0], c[0][0] * v[k][0] + c[0][1] * v[k][1], 1e-12);
            assertEquals(m.eigenvalues()[k] * v[k][1], c[1][0] * v[k][0] + c[1][1] * v[k][1], 1e-12);
        }
        assertEquals(0, v[0][0] * v[1][0] + v[0][1] * v[1][1], 1e-12);
        // The larger component of v1 is positive; v2 is v1 turned +90° (det U = +1).
        assertTrue(Math.max(Math.abs(v[0][0]), Math.abs(v[0][1])) == Math.max(v[0][0], v[0][1]));
        assertEquals(1, v[0][0] * v[1][1] - v[0][1] * v[1][0], 1e-12);
        Moments mirrored = Moments.of(new double[] {0, -2, -4}, new double[] {0, -1, -5});
        assertArrayEquals(v[0], mirrored.eigenvectors()[0], 1e-12);
    }

    @Test
    void addingAPointDoesNotFlipTheArrows() {
        PointCloud cloud = CloudPreset.defaultCloud();
        Moments before = Moments.of(cloud.xs(), cloud.ys());
        for (int i = 0; i < 20; i++) {
            cloud = cloud.with(before.meanX() + 0.3 * (i % 5 - 2), before.meanY() - 0.2 * (i % 3));
            Moments after = Moments.of(cloud.xs(), cloud.ys());
            for (int k = 0; k < 2; k++) {
                double dot = before.eigenvectors()[k][0] * after.eigenvectors()[k][0]
                        + before.eigenvectors()[k][1] * after.eigenvectors()[k][1];
                assertTrue(dot > 0.9, "eigenvector " + k + " after point " + i + ": cos " + dot);
            }
            before = after;
        }
    }

    @Test
    void zeroCentredDataHasMeanZeroAndTheSameCovariance() {
        List<StageResult> stages = Preprocessing.run(CloudPreset.defaultCloud());
        Moments original = stage(stages, Stage.ORIGINAL).moments();
        Moments centred = stage(stages, Stage.ZERO_CENTERED).moments();
        assertTrue(Math.abs(original.meanX()) > 1, "the default cloud sits off the origin");
        assertEquals(0, centred.meanX(), 1e-12);
        assertEquals(0, centred.meanY(), 1e-12);
        for (int r = 0; r < 2; r++) {
            assertArrayEquals(original.covariance()[r], centred.covariance()[r], 1e-12);
        }
    }

    @Test
    void normalisedDataHasUnitStdOnEachAxis() {
        Moments normalised = stage(Preprocessing.run(CloudPreset.STRETCHED.sample(3, 200)), Stage.NORMALIZED).moments();
        assertEquals(1, normalised.stdX(), 1e-12);
        assertEquals(1, normalised.stdY(), 1e-12);
        assertEquals(0, normalised.meanX(), 1e-12);
    }

    @Test
    void decorrelatedCovarianceIsDiagonalWithTheEigenvalues() {
        List<StageResult> stages = Preprocessing.run(CloudPreset.defaultCloud());
        double[] s = stage(stages, Stage.ORIGINAL).moments().eigenvalues();
        double[][] c = stage(stages, Stage.DECORRELATED).moments().covariance();
        assertEquals(s[0], c[0][0], 1e-12);
        assertEquals(s[1], c[1][1], 1e-12);
        assertEquals(0, c[0][1], 1e-12);
        assertTrue(Math.abs(stage(stages, Stage.ORIGINAL).moments().covariance()[0][1]) > 0.3,
                "the default cloud is correlated before the rotation");
    }

    @Test
    void whitenedCovarianceIsIdentityUpToEpsilon() {
        List<StageResult> stages = Preprocessing.run(CloudPreset.NEARLY_LINE.sample(5, 200));
        double[] s = stage(stages, Stage.ORIGINAL).moments().eigenvalues();
        double[][] c = stage(stages, Stage.WHITENED).moments().covariance();
        // cov(Xrot / √(S + ε)) = S / (S + ε) on the diagonal
        assertEquals(s[0] / (s[0] + Preprocessing.WHITENING_EPSILON), c[0][0], 1e-12);
        assertEquals(s[1] / (s[1] + Preprocessing.WHITENING_EPSILON), c[1][1], 1e-12);
        assertEquals(1, c[0][0], 1e-5);
        assertEquals(1, c[1][1], 1e-2);
        assertTrue(s[1] < 0.01, "nearly a line: the second eigenvalue is small");
        assertEquals(0, c[0][1], 1e-12);
        assertNull(stage(stages, Stage.WHITENED).problem());
    }

    @Test
    void emptyAndSinglePointCloudsNameTheProblemInEveryStage() {
        for (StageResult s : Preprocessing.run(PointCloud.EMPTY)) {
            assertEquals(Problem.NO_POINTS, s.problem());
            assertFalse(s.hasMoments());
        }
        List<StageResult> one = Preprocessing.run(PointCloud.EMPTY.with(1, 2));
        assertEquals(1, stage(one, Stage.ORIGINAL).size(), "the one point is still drawn");
        for (StageResult s : one) {
            assertEquals(Problem.ONE_POINT, s.problem());
            assertFalse(s.hasMoments());
        }
    }

    @Test
    void identicalPointsCannotBeNormalisedAndNothingIsNaN() {
        PointCloud same = new PointCloud(new double[] {0.3, 0.3, 0.3}, new double[] {7, 7, 7});
        List<StageResult> stages = Preprocessing.run(same);
        assertEquals(Problem.IDENTICAL_POINTS, stage(stages, Stage.NORMALIZED).problem());
        assertFalse(stage(stages, Stage.NORMALIZED).hasPoints());
        assertEquals(Problem.FLAT_DIRECTION, stage(stages, Stage.WHITENED).problem());
        assertAllFinite(stages);
    }

    @Test
    void zeroVarianceInOneAxisIsNamed() {
        PointCloud vertical = new PointCloud(new double[] {2, 2, 2, 2}, new double[] {0, 1, 3, 5});
        List<StageResult> stages = Preprocessing.run(vertical);
        assertEquals(Problem.ZERO_VARIANCE_X, stage(stages, Stage.NORMALIZED).problem());
        assertEquals(Problem.FLAT_DIRECTION, stage(stages, Stage.WHITENED).problem());
        PointCloud horizontal = new PointCloud(new double[] {0, 1, 3}, new double[] {-1, -1, -1});
        assertEquals(Problem.ZERO_VARIANCE_Y, stage(Preprocessing.run(horizontal), Stage.NORMALIZED).problem());
        assertAllFinite(stages);
    }

    private static void assertAllFinite(List<StageResult> stages) {
        for (StageResult s : stages) {
            for (int i = 0; i < s.size(); i++) {
                assertTrue(Double.isFinite(s.xs()[i]) && Double.isFinite(s.ys()[i]), s.stage() + " point " + i);
            }
            if (s.hasMoments()) {
                Moments m = s.moments();
                for (double v : new double[] {m.meanX(), m.meanY(), m.covariance()[0][0], m.covariance()[0][1],
                        m.covariance()[1][1], m.eigenvalues()[0], m.eigenvalues()[1], m.eigenvectors()[0][0],
                        m.eigenvectors()[0][1], m.eigenvectors()[1][0], m.eigenvectors()[1][1]}) {
                    assertTrue(Double.isFinite(v), s.stage() + " moments " + m);
                }
            }
        }
    }

    @Test
    void momentsNeedTwoPoints() {
        assertThrows(IllegalArgumentException.class, () -> Moments.of(new double[] {1}, new double[] {1}));
    }
}
