package org.gradientlab.core.linalg;

/** A dense float matrix, row-major: element (r, c) is {@code data[r * cols + c]}. */
public final class Matrix {
    public final int rows;
    public final int cols;
    public final float[] data;

    public Matrix(int rows, int cols) {
        this(rows, cols, new float[Math.multiplyExact(rows, cols)]);
    }

    public Matrix(int rows, int cols, float[] data) {
        if (rows < 0 || cols < 0 || data.length != rows * cols) {
            throw new IllegalArgumentException("matrix " + rows + "x" + cols + " needs " + rows * cols
                    + " values, got " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    public float get(int r, int c) {
        return data[r * cols + c];
    }

    public void set(int r, int c, float value) {
        data[r * cols + c] = value;
    }

    /**
     * {@code buffer} when it already has the shape [rows, cols], else a new zero matrix: layers
     * keep their outputs across iterations and allocate again only when the batch size changes.
     */
    public static Matrix reuse(Matrix buffer, int rows, int cols) {
        return buffer != null && buffer.rows == rows && buffer.cols == cols ? buffer : new Matrix(rows, cols);
    }

    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + "x" + cols + "]";
    }
}
