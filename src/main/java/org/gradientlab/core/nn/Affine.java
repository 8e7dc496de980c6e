package org.gradientlab.core.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.gradientlab.core.linalg.Gemm;
import org.gradientlab.core.linalg.Matrix;

/**
 * out = x·W + b (book: layers.py Affine). W: [in, out], b: [out]; the gradients dW, db live in
 * arrays that never move, so an optimizer can hold views over them.
 */
public final class Affine implements Layer {
    private final Matrix weights;
    private final float[] bias;
    private final Matrix weightGradient;
    private final float[] biasGradient;

    private Matrix x;
    private Matrix out;
    private Matrix dx;
    // Set for a layer fed mostly zeros (the first layer of an MNIST net) when the Vector API is present.
    private SparseInput sparseInput;
    // xᵀ of the last forward's input, for dW, and whether that forward went through sparseInput.
    private SparseInput sparseTransposed;
    private boolean forwardWasSparse;

    /** A layer using {@code weights} [in, out] (not copied) and a zero bias. */
    public Affine(Matrix weights) {
        this.weights = weights;
        this.bias = new float[weights.cols];
        this.weightGradient = new Matrix(weights.rows, weights.cols);
        this.biasGradient = new float[weights.cols];
    }

    /** A layer [in → out] with weights drawn by {@code init} (n_in = in) and a zero bias. */
    public static Affine initialized(int in, int out, WeightInit init, RandomGenerator random) {
        Matrix weights = new Matrix(in, out);
        init.fill(weights.data, in, random);
        return new Affine(weights);
    }

    // x: [batch, in] → out: [batch, out]
    @Override
    public Matrix forward(Matrix x, boolean train) {
        this.x = x;
        out = Matrix.reuse(out, x.rows, weights.cols);
        if (x.cols != weights.rows) {
            throw new IllegalArgumentException("layer of input size " + weights.rows + " got " + x);
        }
        // Either way the same terms are added in the same order; dense until the sparse kernel is compiled.
        forwardWasSparse = sparseInput != null && SparseInput.compiled() && sparseInput.compress(x);
        if (forwardWasSparse) {
            sparseInput.multiply(weights, out);
        } else {
            Gemm.multiply(x, false, weights, false, out, false);
        }
        float[] o = out.data;
        int n = weights.cols;
        for (int r = 0; r < x.rows; r++) {
            int row = r * n;
            for (int c = 0; c < n; c++) {
                o[row + c] += bias[c];
            }
        }
        return out;
    }

    // dout: [batch, out] → dx: [batch, in]; also dW, db
    @Override
    public Matrix backward(Matrix dout) {
        backwardParameters(dout);
        dx = Matrix.reuse(dx, dout.rows, weights.rows);
        Gemm.multiply(dout, false, weights, true, dx, false);
        return dx;
    }

    /**
     * dW = xᵀ·dout, db = Σ_rows dout, without dx: the first layer's input is data, and its
     * gradient would cost a [batch, out]·[out, in] product per step for nothing.
     */
    public void backwardParameters(Matrix dout) {
        if (x == null || dout.rows != x.rows || dout.cols != weights.cols) {
            throw new IllegalStateException("backward of " + dout + " does not follow a forward of that batch");
        }
        if (forwardWasSparse) {
            // Same terms in the same order as the dense xᵀ·dout: see SparseInput.transpose.
            sparseTransposed = sparseTransposed == null ? new SparseInput() : sparseTransposed;
            sparseInput.transpose(x.cols, sparseTransposed).multiply(dout, weightGradient);
        } else {
            Gemm.multiply(x, true, dout, false, weightGradient, false);
        }
        Arrays.fill(biasGradient, 0f);
        int n = weights.cols;
        for (int r = 0; r < dout.rows; r++) {
            int row = r * n;
            for (int c = 0; c < n; c++) {
                biasGradient[c] += dout.data[row + c];
            }
        }
    }

    /**
     * Lets forward skip the zeros of the input when at most {@link SparseInput#MAX_DENSITY} of a
     * batch is non-zero, as for MNIST pixels; a no-op without the Vector API. Only terms 0·w drop
     * out and the rest are fused-multiply-added in the same order, so for finite weights the
     * output is the dense kernel's, bit for bit.
     */
    void skipZeroInputs() {
        if (VectorSupport.ENABLED) {
            sparseInput = new SparseInput();
            SparseInput.warmUpInBackground();
        }
    }

    /** Whether the last forward skipped x's zeros (and backward will too, for dW). */
    boolean lastForwardWasSparse() {
        return forwardWasSparse;
    }

    /** W: [in, out], updated in place by an optimizer. */
    public Matrix weights() {
        return weights;
    }

    /** b: [out]. */
    public float[] bias() {
        return bias;
    }

    /** dW: [in, out], set by the last backward. */
    public Matrix weightGradient() {
        return weightGradient;
    }

    /** db: [out], set by the last backward. */
    public float[] biasGradient() {
        return biasGradient;
    }
}
