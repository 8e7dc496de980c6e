package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.linalg.GemmKernels;
import org.gradientlab.core.linalg.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The zero-skipping products against the plain kernel, and the first layer using them. */
class SparseInputTest {
    private final SplittableRandom random = new SplittableRandom(3);

    @BeforeAll
    static void needsTheVectorApi() {
        // Surefire adds the module; without it the class is never loaded and there is nothing to test.
        assertTrue(VectorSupport.ENABLED, "tests run with --add-modules jdk.incubator.vector");
    }

    /** x [rows, cols] with about {@code density} of its entries non-zero; the rest exact zeros. */
    private Matrix sparse(int rows, int cols, double density) {
        Matrix x = new Matrix(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = random.nextDouble() < density ? (float) random.nextDouble(-1, 1) : 0f;
        }
        return x;
    }

    private Matrix gaussian(int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextGaussian();
        }
        return m;
    }

    private static Matrix plain(Matrix a, Matrix b) {
        Matrix c = new Matrix(a.rows, b.cols);
        GemmKernels.plain().multiply(a.rows, b.cols, b.rows, a.data, false, b.data, false, c.data, false);
        return c;
    }

    private static void assertClose(Matrix expected, Matrix actual) {
        for (int i = 0; i < expected.data.length; i++) {
            assertEquals(expected.data[i], actual.data[i], 1e-4 * (1 + Math.abs(expected.data[i])), "element " + i);
        }
    }

    // n: one pass of 7 vectors or less (10, 100), several passes (130, 250); cols: whole vectors or a tail (37).
    // n: one pass of four vectors or less (10, 64), several (100, 250); cols: whole vectors or a tail (37).
    @ParameterizedTest
    @CsvSource({"128, 784, 100", "128, 784, 10", "20, 37, 64", "5, 300, 250", "1, 16, 1"})
    void productOverNonZerosEqualsTheDenseProduct(int rows, int cols, int n) {
        Matrix x = sparse(rows, cols, 0.2);
        x.set(rows - 1, cols - 1, 0.5f);  // W's last row: its vectors would end past the array
        Matrix w = gaussian(cols, n);
        SparseInput input = new SparseInput();

        assertTrue(input.compress(x));
        Matrix out = gaussian(rows, n);  // every value must be overwritten
        input.multiply(w, out);
        assertClose(plain(x, w), out);
    }

    @Test
    void usesEntriesInTheLastRowOfWeightsAndRowsWithoutEntries() {
        Matrix x = new Matrix(3, 32);
        x.set(0, 31, 2f);   // the last row of W: its vectors end at the array's end
        x.set(2, 0, -1f);   // row 1 stays all zero
        Matrix w = gaussian(32, 100);
        SparseInput input = new SparseInput();
        assertTrue(input.compress(x));
        Matrix out = gaussian(3, 100);
        input.multiply(w, out);
        assertClose(plain(x, w), out);
        assertArrayEquals(new float[100], Arrays.copyOfRange(out.data, 100, 200));
    }

    @Test
    void declinesInputsDenserThanTheLimit() {
        assertFalse(new SparseInput().compress(sparse(64, 200, 0.6)));
        assertTrue(new SparseInput().compress(sparse(64, 200, 0.1)));
    }

    @Test
    void warmsUpInTheBackgroundUntilCompiled() throws InterruptedException {
        SparseInput.warmUpInBackground();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!SparseInput.compiled() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(SparseInput.compiled(), "kernels still not compiled after a minute");
    }

    @Test
    void firstLayerOfAnMnistNetGivesTheDenseProductBitForBit() throws InterruptedException {
        warmsUpInTheBackgroundUntilCompiled();
        Matrix x = Mnist.bundled().train().first(64).imageMatrix().copy();
        int[] labels = Arrays.copyOf(Mnist.bundled().train().labels(), 64);
        MultiLayerNetConfig config = MultiLayerNetConfig.of(784, List.of(50, 30), 10, 5);
        MultiLayerNet net = new MultiLayerNet(config);
        double loss = net.gradient(x, labels);

        // The same weights in a layer that does not skip zeros.
        Affine first = (Affine) net.layers().get(0);
        Affine dense = new Affine(first.weights().copy());
        // Same terms in the same order, fused alike: equal, not merely close.
        x.set(5, 783, 0.75f);  // a pixel in W's last row, summed by the scalar path
        assertArrayEquals(dense.forward(x, true).data, first.forward(x, true).data);
        assertTrue(Double.isFinite(loss));
    }
    // cols 784 (MNIST), a tail of 37 columns, n over one pass (100) or under it (10); rows of dout: 128 or 3.
    @ParameterizedTest
    @CsvSource({"128, 784, 100", "128, 784, 10", "3, 37, 100", "20, 37, 250"})
    void transposedProductGivesTheDenseWeightGradientBitForBit(int rows, int cols, int n) {
        Matrix x = sparse(rows, cols, 0.2);
        x.set(rows - 1, cols - 1, 0.5f);  // dout's last row read PASS wide would end past the array
        x.set(0, 3, 0f);
        for (int r = 0; r < rows; r++) {
            x.set(r, 2, 0f);  // a column without entries: its row of dW must be zeros, not stale
        }
        Matrix dout = gaussian(rows, n);
        SparseInput input = new SparseInput();
        assertTrue(input.compress(x));

        Matrix dw = gaussian(cols, n);  // every value must be overwritten
        SparseInput transposed = input.transpose(cols, gaussianFilled(new SparseInput()));
        transposed.multiply(dout, dw);

        Matrix dense = new Matrix(cols, n);
        GemmKernels.vector().orElseThrow().multiply(cols, n, rows, x.data, true, dout.data, false, dense.data, false);
        assertArrayEquals(dense.data, dw.data);
        assertClose(plainTransposed(x, dout), dw);
        assertArrayEquals(new float[n], Arrays.copyOfRange(dw.data, 2 * n, 3 * n));
    }

    /** A SparseInput that has held a larger product before, so transpose must not keep its old entries. */
    private SparseInput gaussianFilled(SparseInput input) {
        assertTrue(input.compress(sparse(200, 900, 0.25)));
        return input;
    }

    private static Matrix plainTransposed(Matrix x, Matrix dout) {
        Matrix c = new Matrix(x.cols, dout.cols);
        GemmKernels.plain().multiply(x.cols, dout.cols, x.rows, x.data, true, dout.data, false, c.data, false);
        return c;
    }

    @Test
    void firstLayerWeightGradientIsTheDenseOneBitForBit() throws InterruptedException {
        warmsUpInTheBackgroundUntilCompiled();
        Matrix x = Mnist.bundled().train().first(128).imageMatrix().copy();
        Matrix w = gaussian(784, 100);
        Matrix dout = gaussian(128, 100);
        Affine sparse = new Affine(w.copy());
        sparse.skipZeroInputs();
        Affine dense = new Affine(w.copy());

        sparse.forward(x, true);
        dense.forward(x, true);
        sparse.backwardParameters(dout);
        dense.backwardParameters(dout);
        assertTrue(sparse.lastForwardWasSparse());
        assertArrayEquals(dense.weightGradient().data, sparse.weightGradient().data);
        // A zero pixel column (the image border) gives a zero row of dW.
        assertArrayEquals(new float[100], Arrays.copyOfRange(sparse.weightGradient().data, 0, 100));
    }
}
