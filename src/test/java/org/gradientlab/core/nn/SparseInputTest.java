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

    private static Matrix plain(Matrix a, boolean transposeA, Matrix b) {
        int m = transposeA ? a.cols : a.rows;
        Matrix c = new Matrix(m, b.cols);
        GemmKernels.plain().multiply(m, b.cols, b.rows, a.data, transposeA, b.data, false, c.data, false);
        return c;
    }

    private static void assertClose(Matrix expected, Matrix actual) {
        for (int i = 0; i < expected.data.length; i++) {
            assertEquals(expected.data[i], actual.data[i], 1e-4 * (1 + Math.abs(expected.data[i])), "element " + i);
        }
    }

    // n: one pass of 7 vectors or less (10, 100), several passes (130, 250); cols: whole vectors or a tail (37).
    @ParameterizedTest
    @CsvSource({"128, 784, 100", "128, 784, 10", "20, 37, 130", "5, 300, 250", "1, 16, 1"})
    void productsOverNonZerosEqualTheDenseProducts(int rows, int cols, int n) {
        Matrix x = sparse(rows, cols, 0.2);
        Matrix w = gaussian(cols, n);
        Matrix dout = gaussian(rows, n);
        SparseInput input = new SparseInput();

        assertTrue(input.compress(x));
        Matrix out = new Matrix(rows, n);
        input.multiply(w, out);
        assertClose(plain(x, false, w), out);

        Matrix dw = gaussian(cols, n);  // every value must be overwritten
        input.multiplyTransposed(dout, dw);
        assertClose(plain(x, true, dout), dw);
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
        assertClose(plain(x, false, w), out);
        assertArrayEquals(new float[100], Arrays.copyOfRange(out.data, 100, 200));
    }

    @Test
    void declinesInputsDenserThanTheLimit() {
        assertFalse(new SparseInput().compress(sparse(64, 200, 0.6)));
        assertTrue(new SparseInput().compress(sparse(64, 200, 0.1)));
    }

    @Test
    void firstLayerOfAnMnistNetGivesTheSameGradientsAsDenseProducts() {
        Matrix x = Mnist.bundled().train().first(64).imageMatrix();
        int[] labels = Arrays.copyOf(Mnist.bundled().train().labels(), 64);
        MultiLayerNetConfig config = MultiLayerNetConfig.of(784, List.of(50, 30), 10, 5);
        MultiLayerNet net = new MultiLayerNet(config);
        double loss = net.gradient(x, labels);

        // The same weights in a layer that does not skip zeros.
        Affine first = (Affine) net.layers().get(0);
        Affine dense = new Affine(first.weights().copy());
        Matrix out = dense.forward(x, true);
        assertClose(out, first.forward(x, true));
        Matrix dout = gaussian(64, 50);
        dense.backwardParameters(dout);
        first.backwardParameters(dout);
        assertClose(dense.weightGradient(), first.weightGradient());
        assertTrue(Double.isFinite(loss));
    }
}
