package org.gradientlab.core.nn;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import org.gradientlab.core.linalg.Matrix;

/**
 * out = x·W summed over the non-zero entries of x alone, for a layer fed mostly zeros, as MNIST
 * pixels are (81 % of a batch). That product of the first layer is the largest of a training
 * step (784 × 100 of 1 084 × 100 weights) and of every accuracy evaluation; skipping the zeros
 * takes it from 0.27 to 0.15 ms at batch 128 here. {@link #compress} keeps x row by row (CSR),
 * {@link #multiply} sums W's rows weighted by them. Only loaded when {@link VectorSupport#ENABLED}.
 */
final class SparseInput {
    /** Denser inputs go to the packed dense kernel, which is faster there. */
    static final double MAX_DENSITY = 0.3;

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = SPECIES.withLanes(int.class).check(int.class);
    private static final int LANES = SPECIES.length();
    /**
     * Columns per pass over a row's entries, four vectors. Seven would cover n = 100 at 16 lanes
     * in one pass, but make the loop too large for the JIT's first tier (C1 gives up: "out of
     * virtual registers"), so it ran uncompiled, a thousand times slower, for seconds.
     */
    private static final int PASS = 4 * LANES;
    /** The warm-up's own CPU time at most: about 2 s of it compile the kernels on a quiet JVM. */
    private static final long WARM_UP_BUDGET_NANOS = 60_000_000_000L;

    private static final AtomicBoolean WARMING_UP = new AtomicBoolean();
    private static volatile boolean compiled;

    private int[] iota = new int[0];
    // CSR of the last input: row r holds entries rowStart[r] until rowStart[r + 1].
    private int[] rowStart = new int[1];
    private int[] columns = new int[0];
    private float[] values = new float[0];
    private int rows;

    /**
     * Whether the kernels run compiled. Until the JIT has compiled them, Vector API code runs
     * about a thousand times slower, and a real batch (20 000 entries) would spend a second or
     * more in them: callers use the dense kernel until this is true.
     */
    static boolean compiled() {
        return compiled;
    }

    /**
     * Starts, once per JVM, a low-priority thread that calls the kernels on a tiny problem until
     * a call takes under a microsecond, i.e. runs compiled (about half a second of one core),
     * then sets {@link #compiled()}. It gives up at once in a JVM without a JIT, otherwise only
     * after a minute of its own CPU time, never after a fixed number of calls: in a busy JVM the
     * JIT's queue can hold the kernels back for many seconds. The data takes the branches real
     * batches take, so the compiled code need not be redone.
     */
    static void warmUpInBackground() {
        if (!WARMING_UP.getAndSet(true)) {
            Thread thread = new Thread(SparseInput::warmUp, "sparse-input-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    private static void warmUp() {
        // Two passes, the second narrower than PASS (as for n = 100), an entry in W's last row.
        int n = PASS + LANES + 4;
        Matrix x = new Matrix(2, 2 * LANES);
        x.set(0, 1, 0.5f);
        x.set(1, LANES + 2, 0.25f);
        x.set(1, 2 * LANES - 1, 1f);
        Matrix w = new Matrix(2 * LANES, n);
        Matrix out = new Matrix(2, n);
        SparseInput input = new SparseInput();
        if (ManagementFactory.getCompilationMXBean() == null) {
            return;  // no JIT (an interpreter-only JVM): the kernels never run compiled
        }
        long first = cpuNanos();
        for (int batch = 0; !compiled && cpuNanos() - first < WARM_UP_BUDGET_NANOS; batch++) {
            long start = cpuNanos();
            for (int i = 0; i < 1000; i++) {
                input.compress(x);
                input.multiply(w, out);
            }
            compiled = cpuNanos() - start < 1_000_000;
            if (!compiled && batch >= 40) {
                // The kernels are queued for the JIT by now; in a busy JVM (the app starting, a
                // long test run) the queue can take many seconds. Waiting costs nothing, while
                // giving up after a fixed count of calls left the sparse path off for good.
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * This thread's CPU time where the JVM measures it, else wall time. Wall time counts the
     * time other processes hold the core: on a loaded machine a compiled batch overran 1 ms and
     * the warm-up gave up with the kernels compiled.
     */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

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
        return true;
    }

    /**
     * Fills {@code target} with the transpose of the entries {@link #compress} kept (a counting
     * sort by column: x's columns become the rows of xᵀ, each row's entries in ascending row of
     * x), so that {@code target.multiply(dout, dW)} gives dW = xᵀ·dout over x's non-zeros alone:
     * the first layer's weight gradient, the largest product of a training step, at a fifth of
     * its dense work on MNIST. For each element the same terms are fused-multiply-added in the
     * same order (rows of the batch ascending) as in the dense kernel, so for finite dout the
     * result is the dense one bit for bit.
     *
     * @param cols the columns of the x given to {@link #compress}
     * @return target
     */
    SparseInput transpose(int cols, SparseInput target) {
        int count = rowStart[rows];
        if (target.values.length < count + LANES) {
            target.values = new float[count + LANES];
            target.columns = new int[count + LANES];
        }
        if (target.rowStart.length < cols + 2) {
            target.rowStart = new int[cols + 2];
        }
        int[] start = target.rowStart;
        Arrays.fill(start, 0, cols + 2, 0);
        // start[c + 2] counts column c, so that after the prefix sum start[c + 1] is where it begins.
        for (int e = 0; e < count; e++) {
            start[columns[e] + 2]++;
        }
        for (int c = 2; c < cols + 2; c++) {
            start[c] += start[c - 1];
        }
        for (int r = 0; r < rows; r++) {
            for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                int at = start[columns[e] + 1]++;
                target.columns[at] = r;
                target.values[at] = values[e];
            }
        }
        target.rows = cols;
        return target;
    }

    /**
     * out [rows, n] = x · w [cols, n] over the entries kept by {@link #compress}: per row and
     * pass, four vectors of the sum stay in registers while the row's entries stream past; a last
     * pass of at most three vectors (n = 100 at 16 lanes: 64 + 36) runs {@link #passOfThree},
     * which does not load and multiply a fourth vector lying wholly past n (an eighth of the
     * work at n = 100). The loads are whole vectors (masked ones cost about twice as much): lanes
     * past a row of w read the next row and are never stored. Entries in w's last row, where that
     * would read past the array, come last in their row (columns ascend) and go to
     * {@link #addNearEnd}. Each pass is its own small method so that the JIT compiles it.
     */
    void multiply(Matrix w, Matrix out) {
        int n = w.cols;
        for (int j0 = 0; j0 < n; j0 += PASS) {
            if (n - j0 <= 3 * LANES) {
                passOfThree(w, out, j0);
            } else {
                passOfFour(w, out, j0);
            }
        }
    }

    /** Columns j0 … j0 + PASS of out (masked past n) in four vectors. */
    private void passOfFour(Matrix w, Matrix out, int j0) {
        int n = w.cols;
        float[] source = w.data;
        float[] target = out.data;
        // Rows of w up to lastSafe can be read PASS wide from column j0.
        int lastSafe = (source.length - PASS - j0) / n;
        int full = (n - j0) / LANES;
        VectorMask<Float> m0 = SPECIES.indexInRange(j0, n);
        VectorMask<Float> m1 = SPECIES.indexInRange(j0 + LANES, n);
        VectorMask<Float> m2 = SPECIES.indexInRange(j0 + 2 * LANES, n);
        VectorMask<Float> m3 = SPECIES.indexInRange(j0 + 3 * LANES, n);
        for (int r = 0; r < rows; r++) {
            int end = safeEnd(r, lastSafe);
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = a0, a2 = a0, a3 = a0;
            for (int e = rowStart[r]; e < end; e++) {
                FloatVector v = FloatVector.broadcast(SPECIES, values[e]);
                int b = columns[e] * n + j0;
                a0 = FloatVector.fromArray(SPECIES, source, b).fma(v, a0);
                a1 = FloatVector.fromArray(SPECIES, source, b + LANES).fma(v, a1);
                a2 = FloatVector.fromArray(SPECIES, source, b + 2 * LANES).fma(v, a2);
                a3 = FloatVector.fromArray(SPECIES, source, b + 3 * LANES).fma(v, a3);
            }
            int at = r * n + j0;
            // Whole vectors store unmasked: a masked store costs more even with every lane set.
            store(a0, full > 0, target, at, m0);
            store(a1, full > 1, target, at + LANES, m1);
            store(a2, full > 2, target, at + 2 * LANES, m2);
            store(a3, full > 3, target, at + 3 * LANES, m3);
            if (end < rowStart[r + 1]) {
                addNearEnd(end, rowStart[r + 1], source, n, j0, target, at);
            }
        }
    }

    /** Columns j0 … n of out, at most three vectors (masked past n): the last pass. */
    private void passOfThree(Matrix w, Matrix out, int j0) {
        int n = w.cols;
        float[] source = w.data;
        float[] target = out.data;
        // Rows of w up to lastSafe can be read three vectors wide from column j0.
        int lastSafe = (source.length - 3 * LANES - j0) / n;
        int full = (n - j0) / LANES;
        VectorMask<Float> m0 = SPECIES.indexInRange(j0, n);
        VectorMask<Float> m1 = SPECIES.indexInRange(j0 + LANES, n);
        VectorMask<Float> m2 = SPECIES.indexInRange(j0 + 2 * LANES, n);
        for (int r = 0; r < rows; r++) {
            int end = safeEnd(r, lastSafe);
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = a0, a2 = a0;
            for (int e = rowStart[r]; e < end; e++) {
                FloatVector v = FloatVector.broadcast(SPECIES, values[e]);
                int b = columns[e] * n + j0;
                a0 = FloatVector.fromArray(SPECIES, source, b).fma(v, a0);
                a1 = FloatVector.fromArray(SPECIES, source, b + LANES).fma(v, a1);
                a2 = FloatVector.fromArray(SPECIES, source, b + 2 * LANES).fma(v, a2);
            }
            int at = r * n + j0;
            store(a0, full > 0, target, at, m0);
            store(a1, full > 1, target, at + LANES, m1);
            store(a2, full > 2, target, at + 2 * LANES, m2);
            if (end < rowStart[r + 1]) {
                addNearEnd(end, rowStart[r + 1], source, n, j0, target, at);
            }
        }
    }

    /** End of row r's entries in rows of w up to {@code lastSafe}; the rest go to {@link #addNearEnd}. */
    private int safeEnd(int r, int lastSafe) {
        int end = rowStart[r + 1];
        while (end > rowStart[r] && columns[end - 1] > lastSafe) {
            end--;
        }
        return end;
    }

    /** A whole vector unmasked, else only the lanes of {@code inside}. */
    private static void store(FloatVector sum, boolean whole, float[] target, int at, VectorMask<Float> inside) {
        if (whole) {
            sum.intoArray(target, at);
        } else {
            sum.intoArray(target, at, inside);
        }
    }

    /**
     * target[at …] += values[e] · source[columns[e]·n + j0 …] over columns j0 … min(n, j0 + PASS),
     * in scalar code; fused multiply-adds, as the vector lanes, so every path rounds alike.
     */
    private void addNearEnd(int from, int to, float[] source, int n, int j0, float[] target, int at) {
        int width = Math.min(PASS, n - j0);
        for (int e = from; e < to; e++) {
            int b = columns[e] * n + j0;
            for (int j = 0; j < width; j++) {
                target[at + j] = Math.fma(values[e], source[b + j], target[at + j]);
            }
        }
    }
}
