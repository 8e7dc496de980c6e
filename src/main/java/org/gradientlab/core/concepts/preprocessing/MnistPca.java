package org.gradientlab.core.concepts.preprocessing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.linalg.Gemm;
import org.gradientlab.core.linalg.Matrix;

/**
 * PCA of MNIST images as in the CS231n notes (mean image, then the eigenvectors of
 * {@code cov = X.T @ X / N} of the zero-centred pixels), with pixels in [0, 1] as the rest of
 * the app loads them.
 * <p>
 * Measured on this 2-core machine (2026-11-23): Commons Math's RealMatrix product took 18 s for
 * XᵀX of 5000 images, the app's Gemm kernel well under a second, so Gemm forms the covariance
 * (float, as in training); Commons Math's EigenDecomposition of the covariance then took 1.4 s
 * (0.7 s for 1000 images), fast enough to stay exact. Pixels that never change (MNIST's border
 * is always 0) have zero rows and columns in the covariance; they are dropped before the
 * decomposition, which leaves every eigenpair with a non-zero eigenvalue unchanged and makes the
 * matrix smaller. On a synthetic rank-deficient matrix EigenDecomposition failed to converge, so
 * the SVD (equal to the eigen-decomposition for a symmetric positive semi-definite matrix) is
 * the fallback.
 *
 * @param images      how many training images (the first ones) were used
 * @param mean        [784] the mean image
 * @param components  [k][784] unit principal directions, largest variance first; each has its
 *                    largest-magnitude pixel positive
 * @param eigenvalues [k] the variance along each component, descending
 * @param explained   [k] eigenvalue / total variance, in (0, 1]
 * @param totalVariance trace of the covariance, the sum of all eigenvalues
 * @param varyingPixels pixels with non-zero variance, the size of the matrix decomposed
 * @param covarianceMillis time to form the covariance
 * @param eigenMillis time of the eigen-decomposition
 */
public record MnistPca(int images, double[] mean, double[][] components, double[] eigenvalues, double[] explained,
                       double totalVariance, int varyingPixels, long covarianceMillis, long eigenMillis) {
    /** Default sample: the first 5000 training images give stable components in about 2 s here. */
    public static final int DEFAULT_IMAGES = 5000;
    public static final int DEFAULT_COMPONENTS = 16;

    /**
     * PCA of the first {@code images} examples of {@code data} (784 features), keeping
     * {@code componentCount} components.
     *
     * @param cancelled polled between phases; when true the computation stops with CancellationException
     */
    public static MnistPca compute(Dataset data, int images, int componentCount, BooleanSupplier cancelled) {
        if (data.features() != Mnist.PIXELS) {
            throw new IllegalArgumentException("MNIST PCA needs 784 features, got " + data.features());
        }
        if (images < 2 || images > data.count()) {
            throw new IllegalArgumentException("images must be in 2.." + data.count() + ", got " + images);
        }
        if (componentCount < 1 || componentCount > Mnist.PIXELS) {
            throw new IllegalArgumentException("componentCount must be in 1..784, got " + componentCount);
        }
        long start = System.nanoTime();
        int d = Mnist.PIXELS;
        float[] pixels = data.images();
        double[] mean = new double[d];
        for (int i = 0; i < images; i++) {
            for (int p = 0; p < d; p++) {
                mean[p] += pixels[i * d + p];
            }
        }
        for (int p = 0; p < d; p++) {
            mean[p] /= images;
        }
        // X -= mean, then cov = Xᵀ·X / N  [784 × 784]
        Matrix centred = new Matrix(images, d);
        for (int i = 0; i < images; i++) {
            for (int p = 0; p < d; p++) {
                centred.data[i * d + p] = (float) (pixels[i * d + p] - mean[p]);
            }
        }
        Matrix product = new Matrix(d, d);
        Gemm.multiply(centred, true, centred, false, product, false);
        checkCancelled(cancelled);

        int[] varying = IntStream.range(0, d).filter(p -> product.get(p, p) > 0).toArray();
        int k = varying.length;
        if (k == 0) {
            throw new IllegalArgumentException("the " + images + " images are all the same: no variance to analyse");
        }
        double[][] cov = new double[k][k];
        double total = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                // Symmetrised: float rounding may differ between (a, b) and (b, a).
                cov[a][b] = 0.5 * (product.get(varying[a], varying[b]) + product.get(varying[b], varying[a])) / images;
            }
            total += cov[a][a];
        }
        long covarianceDone = System.nanoTime();
        Eigen eigen = decompose(new Array2DRowRealMatrix(cov, false));
        long eigenDone = System.nanoTime();
        checkCancelled(cancelled);

        int kept = Math.min(componentCount, k);
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> eigen.values[i]).reversed());
        double[][] components = new double[kept][d];
        double[] values = new double[kept];
        double[] explained = new double[kept];
        for (int c = 0; c < kept; c++) {
            int column = order[c];
            values[c] = Math.max(0, eigen.values[column]);
            explained[c] = values[c] / total;
            double largest = 0;
            for (int a = 0; a < k; a++) {
                double v = eigen.vectors.getEntry(a, column);
                components[c][varying[a]] = v;
                largest = Math.abs(v) > Math.abs(largest) ? v : largest;
            }
            if (largest < 0) {
                for (int p = 0; p < d; p++) {
                    components[c][p] = -components[c][p];
                }
            }
        }
        return new MnistPca(images, mean, components, values, explained, total, k,
                (covarianceDone - start) / 1_000_000, (eigenDone - covarianceDone) / 1_000_000);
    }

    /** Eigenvalues and eigenvectors (as columns) of a symmetric matrix, in no particular order. */
    private record Eigen(double[] values, RealMatrix vectors) {}

    private static Eigen decompose(RealMatrix symmetric) {
        try {
            EigenDecomposition e = new EigenDecomposition(symmetric);
            return new Eigen(e.getRealEigenvalues(), e.getV());
        } catch (MaxCountExceededException notConverged) {
            SingularValueDecomposition svd = new SingularValueDecomposition(symmetric);
            return new Eigen(svd.getSingularValues(), svd.getU());
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("MNIST PCA cancelled");
        }
    }

    /** Share of the total variance the first {@code count} components explain together. */
    public double cumulativeExplained(int count) {
        double sum = 0;
        for (int c = 0; c < Math.min(count, explained.length); c++) {
            sum += explained[c];
        }
        return sum;
    }
}
