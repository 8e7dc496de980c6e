package org.gradientlab.core.experiment.landscape;

import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The two principal directions of a training path (Li et al. 2018, §7): of the rows
 * m_i = θ_i − θ_final, centred as sklearn's PCA centres them, the two unit vectors along which
 * they vary most. Random directions are nearly orthogonal to the path in a space of 10⁵
 * dimensions; these are the plane the path actually moves in.
 *
 * <p>With k snapshots of n weights, the k×k Gram matrix R·Rᵀ of the centred rows is
 * decomposed instead of the n×n covariance: its eigenvector u of eigenvalue λ gives the
 * principal direction Rᵀu/√λ.
 */
public final class PathPca {
    private PathPca() {}

    /**
     * The plane through {@code origin} spanned by the path's first two principal directions,
     * each signed so that the path's first point has a coordinate ≤ 0 on it; its
     * {@link Plane#explained()} holds their shares of the path's variance.
     *
     * @throws IllegalArgumentException if the path has fewer than 3 points or does not leave a line
     */
    public static Plane plane(List<float[]> path, double[] origin) {
        int k = path.size();
        if (k < 3) {
            throw new IllegalArgumentException("a path of " + k + " points has no plane; need at least 3");
        }
        int n = origin.length;
        double[] mean = new double[n];
        for (float[] theta : path) {
            if (theta.length != n) {
                throw new IllegalArgumentException("path point of length " + theta.length + ", expected " + n);
            }
            for (int i = 0; i < n; i++) {
                mean[i] += theta[i] - origin[i];
            }
        }
        for (int i = 0; i < n; i++) {
            mean[i] /= k;
        }
        double[][] rows = new double[k][n];
        for (int r = 0; r < k; r++) {
            float[] theta = path.get(r);
            for (int i = 0; i < n; i++) {
                rows[r][i] = theta[i] - origin[i] - mean[i];
            }
        }
        double[][] gram = new double[k][k];
        double trace = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double g = Directions.dot(rows[a], rows[b]);
                gram[a][b] = g;
                gram[b][a] = g;
            }
            trace += gram[a][a];
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(gram, false));
        double[] values = eigen.getRealEigenvalues();
        int first = largest(values, -1);
        int second = largest(values, first);
        if (!(values[second] > 1e-12 * values[first]) || !(trace > 0)) {
            throw new IllegalArgumentException("the path moves along a line or not at all: no plane to show it in");
        }
        RealMatrix vectors = eigen.getV();
        double[] d1 = direction(rows, vectors.getColumn(first));
        double[] d2 = direction(rows, vectors.getColumn(second));
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = path.get(0)[i] - origin[i];
        }
        orient(d1, start);
        orient(d2, start);
        return new Plane(PlaneKind.PCA, origin, d1, d2, new double[] {values[first] / trace, values[second] / trace});
    }

    private static int largest(double[] values, int skip) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (i != skip && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Rᵀu normalised to length 1 (its norm is √λ for a unit eigenvector u; dividing by the norm keeps it 1). */
    private static double[] direction(double[][] rows, double[] u) {
        int n = rows[0].length;
        double[] d = new double[n];
        for (int r = 0; r < rows.length; r++) {
            double weight = u[r];
            double[] row = rows[r];
            for (int i = 0; i < n; i++) {
                d[i] += weight * row[i];
            }
        }
        double norm = Math.sqrt(Directions.dot(d, d));
        for (int i = 0; i < n; i++) {
            d[i] /= norm;
        }
        return d;
    }

    private static void orient(double[] d, double[] start) {
        if (Directions.dot(d, start) > 0) {
            for (int i = 0; i < d.length; i++) {
                d[i] = -d[i];
            }
        }
    }
}
