package org.gradientlab.core.nn;

import org.gradientlab.core.linalg.Matrix;

/**
 * One layer of the book's common/layers.py: {@code forward} keeps what {@code backward} needs in
 * fields, {@code backward} turns the gradient of the layer's output into that of its input.
 * The matrices returned belong to the layer and are overwritten by its next call, so a caller
 * copies what it wants to keep.
 */
public interface Layer {

    /** x: [batch, in] → out: [batch, out]; {@code train} matters only to BatchNorm and Dropout. */
    Matrix forward(Matrix x, boolean train);

    /** dout: [batch, out] → dx: [batch, in], after a {@code forward} with the same batch. */
    Matrix backward(Matrix dout);
}
