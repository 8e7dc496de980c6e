package org.gradientlab.core.linalg;

import java.util.Arrays;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked matrix product on the Vector API, in the loop order of BLIS (Van Zee &amp;
 * van de Geijn, "BLIS: A Framework for Rapidly Instantiating BLAS Functionality", 2015): a
 * [KC, NC] block of op(b) is packed into zero-padded panels NR columns wide, and a micro-kernel
 * keeps an MR x NR tile of c in registers while it runs FMAs over k. Packing b absorbs its
 * transpose; an [MC, KC] block of op(a) is packed too, as k-major MR-row panels (see packA), so
 * the kernels read a at a constant stride with no bounds check per row and step of k.
 *
 * <p>The width comes from the machine ({@code SPECIES_PREFERRED}: 16 floats with AVX-512, 8 with
 * AVX2); the tile is 8 x 3 vectors with AVX-512 (24 accumulators of 32 registers) and 6 x 2 with
 * AVX2 (12 accumulators + 3 temporaries in its 16 registers)
 * of AVX2. Only {@link GemmKernels} may load this class, and only when the module is present.
 */
final class VectorGemm extends GemmKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** One step of k of an A panel (MR = 8 floats with AVX-512's tile). */
    private static final VectorSpecies<Float> PANEL = FloatVector.SPECIES_256;
    /** Tile rows (broadcast values of a per step of k) and columns (two vectors). */
    private static final int MR = MicroKernels.MR;
    private static final int NR = MicroKernels.NR;
    /**
     * Depth of a packed block: a B panel of KC x NR floats stays in L1 (16 KiB at 6 x 2 tiles; 32
     * KiB at AVX-512's 8 x 3, whose cores have 48 KiB of L1 data, so that k = 100 or 128 is one block).
     */
    private static final int KC = (MicroKernels.LARGE_TILE ? 8192 : 4096) / NR;
    /** Rows of a swept per B panel: 16 tiles, [MC, KC] of a stays in L2. */
    private static final int MC = 16 * MR;
    /** Columns of a packed B block. */
    private static final int NC = 8 * NR;

    /** Per-thread packing buffers: no allocation per call once a thread has multiplied once. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        /** An [MC, KC] block of op(a) as zero-padded MR-row panels (see packA). */
        final float[] packedA = new float[MC * KC];
        final float[] packedB = new float[KC * NC];
        /** An edge tile of c (MR x NR, or 16 rows x one vector), computed here in full and copied back in part. */
        final float[] tile = new float[Math.max(MR * NR, 2 * MR * LANES)];
    }

    /** True when the preferred species is a real SIMD width, not a scalar stand-in. */
    static boolean isUseful() {
        return LANES >= 4;
    }

    @Override
    public String name() {
        return "vector (" + LANES + " x float, " + SPECIES.vectorBitSize() + " bit)";
    }

    @Override
    public long peakProbe(long repetitions) {
        return MicroKernels.peakProbe(repetitions);
    }

    @Override
    void compute(int m, int n, int k, float[] a, boolean transposeA,
                 float[] b, boolean transposeB, float[] c, boolean accumulate) {
        Scratch scratch = SCRATCH.get();
        // op(a)[i][p] = a[i * aRow + p * aStep]: packA reads either layout.
        int aRow = transposeA ? 1 : k;
        int aStep = transposeA ? m : 1;
        // Equal k blocks (at 16 lanes 784 = 7 x 112, not 6 x 128 + 16) keep every pass of the kernel long.
        int kBlocks = Math.ceilDiv(k, KC);
        int kcMax = Math.ceilDiv(k, kBlocks);
        boolean inRows = MicroKernels.LARGE_TILE && !transposeA && n <= LANES;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += kcMax) {
                int kc = Math.min(kcMax, k - pc);
                boolean load = accumulate || pc > 0;
                packB(b, transposeB, n, k, pc, kc, jc, nc, scratch.packedB);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    int aOff = ic * aRow + pc * aStep;
                    // Whole 16-row groups read in place, only the last rows packed (see MicroKernels.sixteenByOne).
                    int firstPacked = inRows ? mc - mc % (2 * MR) : 0;
                    packA(a, transposeA, aOff, aRow, aStep, firstPacked, mc, kc, scratch.packedA);
                    block(scratch, a, aOff, inRows ? aRow : 0, kc, mc, nc, c, ic * n + jc, n, load);
                }
            }
        }
    }

    /**
     * c[mc, nc] at cOff (+)= packed A block [mc, kc] · packed B block [kc, nc]; when {@code aRow > 0}
     * the narrow column's whole 16-row groups read op(a) in place from {@code a} at aOff instead.
     */
    private static void block(Scratch scratch, float[] a, int aOff, int aRow, int kc, int mc, int nc, float[] c,
                              int cOff, int ldc, boolean load) {
        float[] pa = scratch.packedA;
        float[] pb = scratch.packedB;
        for (int jr = 0; jr < nc; jr += NR) {
            int cols = Math.min(NR, nc - jr);
            boolean wide = cols > LANES;
            int width = wide ? NR : LANES;
            int bOff = jr * kc;
            int ir = 0;
            if (MicroKernels.LARGE_TILE && !wide) {
                // The narrow column sixteen rows (two A panels) at a time (see MicroKernels.sixteenByOne),
                // its last rows too: packA pads to 16 rows, so no other kernel runs here. (An
                // 8-row kernel called once per product for m = 100's last 4 rows never got a
                // standard C2 compile and ran in C1's code: a 100-row product took 3x a 96-row one.)
                float[] t = scratch.tile;
                for (; ir < mc; ir += 2 * MR) {
                    int rows = Math.min(2 * MR, mc - ir);
                    int tileOff = cOff + ir * ldc + jr;
                    boolean inPlace = aRow > 0 && rows == 2 * MR;
                    float[] out = c;
                    int outOff = tileOff;
                    int outStride = ldc;
                    if (rows < 2 * MR || cols < width) {
                        out = t;
                        outOff = 0;
                        outStride = width;
                        if (load) {
                            copy(c, tileOff, ldc, t, 0, width, rows, cols);
                        }
                    }
                    if (inPlace) {
                        MicroKernels.sixteenByOne(kc, a, aOff + ir * aRow, aRow, pb, bOff, out, outOff, outStride, load);
                    } else {
                        MicroKernels.sixteenByOne(kc, pa, ir * kc, 0, pb, bOff, out, outOff, outStride, load);
                    }
                    if (out == c) {
                        continue;
                    }
                    copy(t, 0, width, c, tileOff, ldc, rows, cols);
                }
                continue;
            }
            for (; ir < mc; ir += MR) {
                int rows = Math.min(MR, mc - ir);
                int tileOff = cOff + ir * ldc + jr;
                if (rows == MR && cols == width) {
                    tile(wide, kc, pa, ir * kc, pb, bOff, c, tileOff, ldc, load);
                    continue;
                }
                // Edge: run a full tile on scratch (rows of the A panel beyond m are packed
                // zeros), then copy back only the rows and columns that exist.
                float[] t = scratch.tile;
                if (load) {
                    copy(c, tileOff, ldc, t, 0, width, rows, cols);
                }
                tile(wide, kc, pa, ir * kc, pb, bOff, t, 0, width, load);
                copy(t, 0, width, c, tileOff, ldc, rows, cols);
            }
        }
    }

    private static void tile(boolean wide, int kc, float[] pa, int aOff, float[] pb, int bOff, float[] c,
                             int cOff, int ldc, boolean load) {
        if (wide) {
            MicroKernels.wide(kc, pa, aOff, pb, bOff, c, cOff, ldc, load);
        } else {
            MicroKernels.narrow(kc, pa, aOff, pb, bOff, c, cOff, ldc, load);
        }
    }

    private static void copy(float[] src, int srcOff, int srcStride, float[] dst, int dstOff,
                             int dstStride, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(src, srcOff + r * srcStride, dst, dstOff + r * dstStride, cols);
        }
    }

    /**
     * Packs op(b)[pc..pc+kc, jc..jc+nc] as panels of NR columns (the last one LANES or NR wide,
     * zero-padded): element (p, j) of a panel at {@code jr * kc + p * width + j}.
     */
    private static void packB(float[] b, boolean transposed, int n, int k, int pc, int kc, int jc,
                              int nc, float[] packed) {
        for (int jr = 0; jr < nc; jr += NR) {
            int cols = Math.min(NR, nc - jr);
            int width = cols > LANES ? NR : LANES;
            int off = jr * kc;
            if (!transposed) {
                packRows(b, pc * n + jc + jr, n, kc, cols, width, packed, off);
                continue;
            }
            // b stored [n, k]: column j of op(b) is row j of b.
            for (int j = 0; j < cols; j++) {
                int src = (jc + jr + j) * k + pc;
                for (int p = 0; p < kc; p++) {
                    packed[off + p * width + j] = b[src + p];
                }
            }
            if (cols < width) {
                for (int p = 0; p < kc; p++) {
                    Arrays.fill(packed, off + p * width + cols, off + (p + 1) * width, 0f);
                }
            }
        }
    }

    /**
     * Copies kc rows of {@code cols} floats, {@code stride} apart in b from {@code src}, to rows
     * of {@code width} (LANES or NR) floats in {@code packed} from {@code off}, the columns past
     * {@code cols} zero: whole vectors, and one masked load for a row's last, partial one, which
     * also writes the zero padding. (One System.arraycopy and Arrays.fill per row cost a quarter
     * of a 128 x 100 x 100 product.)
     */
    private static void packRows(float[] b, int src, int stride, int kc, int cols, int width, float[] packed,
                                 int off) {
        int whole = cols / LANES;
        VectorMask<Float> tail = SPECIES.indexInRange(whole * LANES, cols);
        int vectors = width / LANES;
        FloatVector zero = FloatVector.zero(SPECIES);
        for (int p = 0; p < kc; p++) {
            int from = src + p * stride;
            int to = off + p * width;
            int v = 0;
            for (; v < whole; v++) {
                FloatVector.fromArray(SPECIES, b, from + v * LANES).intoArray(packed, to + v * LANES);
            }
            if (v < vectors) {
                FloatVector.fromArray(SPECIES, b, from + v * LANES, tail).intoArray(packed, to + v * LANES);
                for (v++; v < vectors; v++) {
                    zero.intoArray(packed, to + v * LANES);
                }
            }
        }
    }

    /**
     * Packs rows firstRow.. (a multiple of MR) of op(a)[mc, kc] from aOff as panels of MR rows, k-major: element (r, p) of the panel
     * of rows ir.. at {@code ir * kc + p * MR + r}, rows past mc zero. The micro-kernels then
     * read a at a constant stride from one base, so C2 hoists the bounds checks out of their
     * loop (reading a in place, at a stride known only at run time, left a check per row and
     * step of k on the FMA ports' schedule).
     */
    private static void packA(float[] a, boolean transposed, int aOff, int aRow, int aStep, int firstRow, int mc,
                              int kc, float[] packed) {
        // Whole 16-row pairs of panels with AVX-512, for the narrow column's kernel.
        int padded = MicroKernels.LARGE_TILE ? Math.ceilDiv(mc, 2 * MR) * 2 * MR : mc;
        for (int ir = firstRow; ir < padded; ir += MR) {
            int rows = Math.max(0, Math.min(MR, mc - ir));
            int to = ir * kc;
            int from = aOff + ir * aRow;
            if (transposed && rows == MR && MicroKernels.LARGE_TILE) {
                // a stored [k, m]: the panel's 8 values for one step of k are adjacent in a.
                for (int p = 0; p < kc; p++) {
                    FloatVector.fromArray(PANEL, a, from + p * aStep).intoArray(packed, to + p * MR);
                }
                continue;
            }
            if (transposed) {
                for (int p = 0; p < kc; p++) {
                    int src = from + p * aStep;
                    int dst = to + p * MR;
                    for (int r = 0; r < rows; r++) {
                        packed[dst + r] = a[src + r];
                    }
                    for (int r = rows; r < MR; r++) {
                        packed[dst + r] = 0f;
                    }
                }
                continue;
            }
            if (rows == MR && MicroKernels.LARGE_TILE) {
                // a stored [m, k]: eight rows read side by side, the panel written in order.
                int f0 = from, f1 = f0 + aRow, f2 = f1 + aRow, f3 = f2 + aRow, f4 = f3 + aRow, f5 = f4 + aRow,
                        f6 = f5 + aRow, f7 = f6 + aRow;
                for (int p = 0; p < kc; p++) {
                    int dst = to + p * MR;
                    packed[dst] = a[f0 + p];
                    packed[dst + 1] = a[f1 + p];
                    packed[dst + 2] = a[f2 + p];
                    packed[dst + 3] = a[f3 + p];
                    packed[dst + 4] = a[f4 + p];
                    packed[dst + 5] = a[f5 + p];
                    packed[dst + 6] = a[f6 + p];
                    packed[dst + 7] = a[f7 + p];
                }
                continue;
            }
            for (int r = 0; r < rows; r++) {
                int src = from + r * aRow;
                for (int p = 0; p < kc; p++) {
                    packed[to + p * MR + r] = a[src + p];
                }
            }
            for (int r = rows; r < MR; r++) {
                for (int p = 0; p < kc; p++) {
                    packed[to + p * MR + r] = 0f;
                }
            }
        }
    }
}
