package org.gradientlab.core.concepts.preprocessing;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * Mean, covariance and its eigen-decomposition of a 2-D point set, as CS231n's notes compute
 * them: {@code cov = X.T @ X / N} on zero-centred X, i.e. the population covariance (divide by N,
 * not N − 1), so {@code np.std} and the covariance's diagonal agree.
 *
 * @param meanX        mean of x
 * @param meanY        mean of y
 * @param covariance   [2][2], symmetric
 * @param eigenvalues  [2], descending, each ≥ 0 (rounding below zero is clamped)
 * @param eigenvectors [2][2], eigenvectors[k] is the unit eigenvector of eigenvalues[k]; signs:
 *                     the first has its larger-magnitude component positive, the second is the
 *                     first turned +90°, so U = [v1 v2] is a rotation and arrows do not flip
 *                     between frames while the cloud changes a little
 */
public record Moments(double meanX, double meanY, double[][] covariance, double[] eigenvalues, double[][] eigenvectors) {

    /** @throws IllegalArgumentException for fewer than two points (no covariance) or unequal lengths */
    public static Moments of(double[] xs, double[] ys) {
        int n = xs.length;
        if (n < 2 || ys.length != n) {
            throw new IllegalArgumentException("moments need at least two points with x and y each, got "
                    + xs.length + " and " + ys.length);
        }
        double[][] rows = new double[n][];
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {xs[i], ys[i]};
            sumX += xs[i];
            sumY += ys[i];
        }
        RealMatrix data = new Array2DRowRealMatrix(rows, false);
        RealMatrix cov = new Covariance(data, false).getCovarianceMatrix();
        EigenDecomposition eigen = new EigenDecomposition(cov);
        int first = eigen.getRealEigenvalue(0) >= eigen.getRealEigenvalue(1) ? 0 : 1;
        double[] v1 = unitWithSign(eigen.getEigenvector(first));
        double[] v2 = {-v1[1], v1[0]};
        double[] values = {Math.max(0, eigen.getRealEigenvalue(first)), Math.max(0, eigen.getRealEigenvalue(1 - first))};
        return new Moments(sumX / n, sumY / n, cov.getData(), values, new double[][] {v1, v2});
    }

    private static double[] unitWithSign(RealVector v) {
        double x = v.getEntry(0);
        double y = v.getEntry(1);
        double norm = Math.hypot(x, y);
        double sign = (Math.abs(x) >= Math.abs(y) ? x : y) < 0 ? -1 : 1;
        return new double[] {sign * x / norm, sign * y / norm};
    }

    /** Population standard deviation of x, {@code np.std(X, axis=0)[0]}. */
    public double stdX() {
        return Math.sqrt(Math.max(0, covariance[0][0]));
    }

    public double stdY() {
        return Math.sqrt(Math.max(0, covariance[1][1]));
    }

    /** The eigen-basis U [2][2] with the eigenvectors as columns, as {@code np.linalg.svd(cov)} returns it. */
    public double[][] basis() {
        return new double[][] {{eigenvectors[0][0], eigenvectors[1][0]}, {eigenvectors[0][1], eigenvectors[1][1]}};
    }
}
