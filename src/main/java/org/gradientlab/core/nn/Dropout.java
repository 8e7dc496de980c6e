package org.gradientlab.core.nn;

import java.util.random.RandomGenerator;

import org.gradientlab.core.linalg.Matrix;

/**
 * Dropout (Srivastava et al. 2014) as the book's layers.py Dropout: in training each unit is
 * kept where rand > ratio and the rest are zeroed, with no rescaling; at test time every
 * output is scaled by (1 − ratio) instead.
 */
public final class Dropout implements Layer {
    private final double ratio;
    private final RandomGenerator random;

    private float[] mask;
    private boolean fixedMask;
    private Matrix out;
    private Matrix dx;

    /** {@code ratio} in [0, 1): the share of units dropped; {@code random} draws the masks. */
    public Dropout(double ratio, RandomGenerator random) {
        if (!(ratio >= 0 && ratio < 1)) {
            throw new IllegalArgumentException("dropout ratio must be in [0, 1), got " + ratio);
        }
        this.ratio = ratio;
        this.random = random;
    }

    // x: [batch, n] → out: [batch, n]
    @Override
    public Matrix forward(Matrix x, boolean train) {
        out = Matrix.reuse(out, x.rows, x.cols);
        int size = x.data.length;
        if (!train) {
            float keep = (float) (1 - ratio);
            for (int i = 0; i < size; i++) {
                out.data[i] = x.data[i] * keep;
            }
            return out;
        }
        if (fixedMask) {
            if (mask.length != size) {
                throw new IllegalArgumentException("fixed dropout mask has " + mask.length
                        + " entries but the input " + x + " has " + size);
            }
        } else {
            if (mask == null || mask.length != size) {
                mask = new float[size];
            }
            for (int i = 0; i < size; i++) {
                mask[i] = random.nextDouble() > ratio ? 1f : 0f;
            }
        }
        for (int i = 0; i < size; i++) {
            out.data[i] = x.data[i] * mask[i];
        }
        return out;
    }

    @Override
    public Matrix backward(Matrix dout) {
        if (mask == null || mask.length != dout.data.length) {
            throw new IllegalStateException("backward of " + dout + " does not follow a training forward of that shape");
        }
        dx = Matrix.reuse(dx, dout.rows, dout.cols);
        for (int i = 0; i < mask.length; i++) {
            dx.data[i] = dout.data[i] * mask[i];
        }
        return dx;
    }

    /**
     * Uses {@code keep} (row-major, true = kept) as the mask of every training forward from now
     * on instead of drawing one, so a loss is a fixed function for a numerical gradient check.
     * {@code null} goes back to random masks.
     */
    public void fixMask(boolean[] keep) {
        if (keep == null) {
            fixedMask = false;
            return;
        }
        mask = new float[keep.length];
        for (int i = 0; i < keep.length; i++) {
            mask[i] = keep[i] ? 1f : 0f;
        }
        fixedMask = true;
    }

    public double ratio() {
        return ratio;
    }

    /** A copy of the last mask, true where a unit was kept. */
    public boolean[] lastMask() {
        boolean[] keep = new boolean[mask == null ? 0 : mask.length];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = mask[i] != 0f;
        }
        return keep;
    }
}
