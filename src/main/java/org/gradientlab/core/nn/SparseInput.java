package org.gradientlab.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The products of a layer whose input is mostly zeros, as MNIST pixels are (81 % of a batch):
 * out = x·W and dW = xᵀ·dout summed over the non-zero entries of x alone. The first layer's
 * two products are over half of a training step's arithmetic, and skipping the zeros makes them
 * about twice as fast as the dense kernel. {@link #compress} keeps x row by row (CSR) for the
 * forward product; {@link #multiplyTransposed} regroups the same entries by column (CSC), so
 * each row of dW is summed in registers and written once. Only loaded when
 * {@link VectorSupport#ENABLED}.
 */
final class SparseInput {
    /** Denser inputs go to the packed dense kernel, which is faster there. */
    static final double MAX_DENSITY = 0.3;

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = SPECIES.withLanes(int.class).check(int.class);
    private static final int LANES = SPECIES.length();
    /** Accumulators per pass over a row's entries: 7 vectors cover n = 100 at 16 lanes. */
    private static final int PASS = 7 * LANES;

    private int[] iota = new int[0];
    // CSR of the last input: row r holds entries rowStart[r] until rowStart[r + 1].
    private int[] rowStart = new int[1];
    private int[] columns = new int[0];
    private float[] values = new float[0];
    // The same entries by column, built on demand for dW.
    private int[] columnStart = new int[1];
    private int[] entryRows = new int[0];
    private float[] columnValues = new float[0];
    private int rows;
    private int cols;

    /**
     * Keeps the non-zero entries of x; false, keeping nothing useful, when more than
     * {@link #MAX_DENSITY} of x is non-zero.
     */
    boolean compress(Matrix x) {
        int capacity = (int) (MAX_DENSITY * x.data.length) + LANES;
        if (values.length < capacity) {
            values = new float[capacity];
            columns = new int[capacity];
        }
        if (rowStart.length < x.rows + 1) {
            rowStart = new int[x.rows + 1];
        }
        if (iota.length < x.cols + LANES) {
            iota = new int[x.cols + LANES];
            for (int i = 0; i < iota.length; i++) {
                iota[i] = i;
            }
        }
        float[] data = x.data;
        int bound = SPECIES.loopBound(x.cols);
        int count = 0;
        for (int r = 0; r < x.rows; r++) {
            rowStart[r] = count;
            int offset = r * x.cols;
            int c = 0;
            for (; c < bound; c += LANES) {
                FloatVector v = FloatVector.fromArray(SPECIES, data, offset + c);
                VectorMask<Float> nonZero = v.compare(VectorOperators.NE, 0f);
                if (nonZero.anyTrue()) {
                    if (count + LANES > capacity) {
                        return false;
                    }
                    // Whole vectors are stored; only the first trueCount() lanes are kept.
                    v.compress(nonZero).intoArray(values, count);
                    IntVector.fromArray(INTS, iota, c).compress(nonZero.cast(INTS)).intoArray(columns, count);
                    count += nonZero.trueCount();
                }
            }
            for (; c < x.cols; c++) {
                if (data[offset + c] != 0f) {
                    if (count + LANES > capacity) {
                        return false;
                    }
                    values[count] = data[offset + c];
                    columns[count++] = c;
                }
            }
        }
        rowStart[x.rows] = count;
        rows = x.rows;
        cols = x.cols;
        return true;
    }

    // out: [rows, n] = x [rows, cols] · w [cols, n], over the entries kept by compress
    void multiply(Matrix w, Matrix out) {
        accumulate(rowStart, columns, values, rows, w.data, w.cols, out.data);
    }

    // dw: [cols, n] = xᵀ · dout [rows, n], over the entries kept by compress
    void multiplyTransposed(Matrix dout, Matrix dw) {
        byColumn();
        accumulate(columnStart, entryRows, columnValues, cols, dout.data, dout.cols, dw.data);
    }

    /**
     * target[i, :] = Σ_e value[e] · source[index[e], :] over the entries e of group i, for each of
     * {@code groups} groups (CSR rows or CSC columns), n values per row; seven vectors of each
     * sum stay in registers while the group's entries stream past.
     */
    private static void accumulate(int[] start, int[] index, float[] value, int groups, float[] source, int n,
                                   float[] target) {
        for (int j0 = 0; j0 < n; j0 += PASS) {
            VectorMask<Float> m0 = SPECIES.indexInRange(j0, n);
            VectorMask<Float> m1 = SPECIES.indexInRange(j0 + LANES, n);
            VectorMask<Float> m2 = SPECIES.indexInRange(j0 + 2 * LANES, n);
            VectorMask<Float> m3 = SPECIES.indexInRange(j0 + 3 * LANES, n);
            VectorMask<Float> m4 = SPECIES.indexInRange(j0 + 4 * LANES, n);
            VectorMask<Float> m5 = SPECIES.indexInRange(j0 + 5 * LANES, n);
            VectorMask<Float> m6 = SPECIES.indexInRange(j0 + 6 * LANES, n);
            int full = (n - j0) / LANES;
            for (int i = 0; i < groups; i++) {
                FloatVector a0 = FloatVector.zero(SPECIES);
                FloatVector a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0;
                for (int e = start[i]; e < start[i + 1]; e++) {
                    FloatVector v = FloatVector.broadcast(SPECIES, value[e]);
                    int b = index[e] * n + j0;
                    if (b + PASS <= source.length) {
                        // Unmasked loads (masked ones cost about twice as much here); lanes past
                        // the row's end read the next row and are never stored.
                        a0 = FloatVector.fromArray(SPECIES, source, b).fma(v, a0);
                        a1 = FloatVector.fromArray(SPECIES, source, b + LANES).fma(v, a1);
                        a2 = FloatVector.fromArray(SPECIES, source, b + 2 * LANES).fma(v, a2);
                        a3 = FloatVector.fromArray(SPECIES, source, b + 3 * LANES).fma(v, a3);
                        a4 = FloatVector.fromArray(SPECIES, source, b + 4 * LANES).fma(v, a4);
                        a5 = FloatVector.fromArray(SPECIES, source, b + 5 * LANES).fma(v, a5);
                        a6 = FloatVector.fromArray(SPECIES, source, b + 6 * LANES).fma(v, a6);
                    } else {
                        a0 = FloatVector.fromArray(SPECIES, source, b, m0).fma(v, a0);
                        a1 = FloatVector.fromArray(SPECIES, source, b + LANES, m1).fma(v, a1);
                        a2 = FloatVector.fromArray(SPECIES, source, b + 2 * LANES, m2).fma(v, a2);
                        a3 = FloatVector.fromArray(SPECIES, source, b + 3 * LANES, m3).fma(v, a3);
                        a4 = FloatVector.fromArray(SPECIES, source, b + 4 * LANES, m4).fma(v, a4);
                        a5 = FloatVector.fromArray(SPECIES, source, b + 5 * LANES, m5).fma(v, a5);
                        a6 = FloatVector.fromArray(SPECIES, source, b + 6 * LANES, m6).fma(v, a6);
                    }
                }
                int at = i * n + j0;
                // Whole vectors store unmasked: a masked store costs more even with every lane set.
                if (full > 0) {
                    a0.intoArray(target, at);
                } else {
                    a0.intoArray(target, at, m0);
                }
                if (full > 1) {
                    a1.intoArray(target, at + LANES);
                } else {
                    a1.intoArray(target, at + LANES, m1);
                }
                if (full > 2) {
                    a2.intoArray(target, at + 2 * LANES);
                } else {
                    a2.intoArray(target, at + 2 * LANES, m2);
                }
                if (full > 3) {
                    a3.intoArray(target, at + 3 * LANES);
                } else {
                    a3.intoArray(target, at + 3 * LANES, m3);
                }
                if (full > 4) {
                    a4.intoArray(target, at + 4 * LANES);
                } else {
                    a4.intoArray(target, at + 4 * LANES, m4);
                }
                if (full > 5) {
                    a5.intoArray(target, at + 5 * LANES);
                } else {
                    a5.intoArray(target, at + 5 * LANES, m5);
                }
                if (full > 6) {
                    a6.intoArray(target, at + 6 * LANES);
                } else {
                    a6.intoArray(target, at + 6 * LANES, m6);
                }
            }
        }
    }

    /** Counting sort of the CSR entries by column (stable, so rows stay ascending). */
    private void byColumn() {
        int count = rowStart[rows];
        if (columnStart.length < cols + 1) {
            columnStart = new int[cols + 1];
        }
        if (entryRows.length < count) {
            entryRows = new int[values.length];
            columnValues = new float[values.length];
        }
        java.util.Arrays.fill(columnStart, 0, cols + 1, 0);
        for (int e = 0; e < count; e++) {
            columnStart[columns[e] + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            columnStart[c + 1] += columnStart[c];
        }
        // columnStart[c] serves as the insertion cursor of column c, then is shifted back.
        for (int r = 0; r < rows; r++) {
            for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                int at = columnStart[columns[e]]++;
                entryRows[at] = r;
                columnValues[at] = values[e];
            }
        }
        System.arraycopy(columnStart, 0, columnStart, 1, cols);
        columnStart[0] = 0;
    }
}
