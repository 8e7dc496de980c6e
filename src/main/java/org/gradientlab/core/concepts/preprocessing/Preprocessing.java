package org.gradientlab.core.concepts.preprocessing;

import java.util.ArrayList;
import java.util.List;

/**
 * The preprocessing steps of the CS231n notes ("Neural Networks Part 2: Setting up the Data",
 * lecture 6), applied to a 2-D cloud, each step to the zero-centred data as the notes do:
 * <pre>
 * X -= np.mean(X, axis=0)                # zero-centred
 * X /= np.std(X, axis=0)                 # normalised (population std, ddof 0)
 * cov = np.dot(X.T, X) / X.shape[0]      # on the zero-centred X
 * U, S, V = np.linalg.svd(cov)
 * Xrot = np.dot(X, U)                    # decorrelated: cov(Xrot) = diag(S)
 * Xwhite = Xrot / np.sqrt(S + 1e-5)      # whitened: cov = diag(S / (S + 1e-5)) ≈ I
 * </pre>
 * For a symmetric covariance the SVD's U and S are its eigenvectors and eigenvalues; we take
 * them from Commons Math's EigenDecomposition ({@link Moments}).
 */
public final class Preprocessing {
    /** The notes' ε in {@code np.sqrt(S + 1e-5)}: keeps whitening finite when an eigenvalue is 0. */
    public static final double WHITENING_EPSILON = 1e-5;

    private Preprocessing() {}

    /** All five stages of {@code cloud}, in {@link Stage} order. */
    public static List<StageResult> run(PointCloud cloud) {
        int n = cloud.size();
        List<StageResult> out = new ArrayList<>();
        if (n < 2) {
            Problem problem = n == 0 ? Problem.NO_POINTS : Problem.ONE_POINT;
            out.add(new StageResult(Stage.ORIGINAL, cloud.xs(), cloud.ys(), null, problem));
            for (Stage stage : List.of(Stage.ZERO_CENTERED, Stage.NORMALIZED, Stage.DECORRELATED, Stage.WHITENED)) {
                out.add(new StageResult(stage, null, null, null, problem));
            }
            return out;
        }
        double[] xs = cloud.xs();
        double[] ys = cloud.ys();
        Moments original = Moments.of(xs, ys);
        out.add(new StageResult(Stage.ORIGINAL, xs, ys, original, null));

        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = xs[i] - original.meanX();
            cy[i] = ys[i] - original.meanY();
        }
        Moments centred = Moments.of(cx, cy);
        out.add(new StageResult(Stage.ZERO_CENTERED, cx, cy, centred, null));
        out.add(normalised(cloud, cx, cy, centred));

        double[][] u = centred.basis();
        double[] rx = new double[n];
        double[] ry = new double[n];
        for (int i = 0; i < n; i++) {
            rx[i] = cx[i] * u[0][0] + cy[i] * u[1][0];
            ry[i] = cx[i] * u[0][1] + cy[i] * u[1][1];
        }
        out.add(new StageResult(Stage.DECORRELATED, rx, ry, Moments.of(rx, ry), null));

        double[] s = centred.eigenvalues();
        double[] wx = new double[n];
        double[] wy = new double[n];
        for (int i = 0; i < n; i++) {
            wx[i] = rx[i] / Math.sqrt(s[0] + WHITENING_EPSILON);
            wy[i] = ry[i] / Math.sqrt(s[1] + WHITENING_EPSILON);
        }
        Problem flat = isZero(s[1], scale(cloud)) ? Problem.FLAT_DIRECTION : null;
        out.add(new StageResult(Stage.WHITENED, wx, wy, Moments.of(wx, wy), flat));
        return out;
    }

    private static StageResult normalised(PointCloud cloud, double[] cx, double[] cy, Moments centred) {
        double scale = scale(cloud);
        boolean flatX = isZero(centred.covariance()[0][0], scale);
        boolean flatY = isZero(centred.covariance()[1][1], scale);
        if (flatX || flatY) {
            Problem problem = flatX && flatY ? Problem.IDENTICAL_POINTS : flatX ? Problem.ZERO_VARIANCE_X : Problem.ZERO_VARIANCE_Y;
            return new StageResult(Stage.NORMALIZED, null, null, null, problem);
        }
        int n = cx.length;
        double[] nx = new double[n];
        double[] ny = new double[n];
        for (int i = 0; i < n; i++) {
            nx[i] = cx[i] / centred.stdX();
            ny[i] = cy[i] / centred.stdY();
        }
        return new StageResult(Stage.NORMALIZED, nx, ny, Moments.of(nx, ny), null);
    }

    /** The largest coordinate magnitude, at least 1: what "zero" variance is measured against. */
    private static double scale(PointCloud cloud) {
        double scale = 1;
        for (int i = 0; i < cloud.size(); i++) {
            scale = Math.max(scale, Math.max(Math.abs(cloud.x(i)), Math.abs(cloud.y(i))));
        }
        return scale;
    }

    /**
     * A variance that is rounding error: identical coordinates give (x − mean)² of order
     * (1e-16·scale)², so anything below (1e-9·scale)² is no spread at all.
     */
    private static boolean isZero(double variance, double scale) {
        return variance <= 1e-18 * scale * scale;
    }
}
