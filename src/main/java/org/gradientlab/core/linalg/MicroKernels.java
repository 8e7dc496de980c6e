package org.gradientlab.core.linalg;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked inner loops of {@link VectorGemm}: an MR x (1 or NR / LANES vectors) tile of c
 * lives in named locals (C2 keeps them in registers) while each step of k does one broadcast of
 * a per row and one FMA per accumulator. Written out by hand: a loop over an array of vectors
 * would not stay in registers. a is a packed panel: element (row r, step p) at
 * {@code aOff + p * MR + r} (rows 8..15 of {@link #sixteenByOne} in the next panel, MR * kc on).
 */
final class MicroKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /**
     * With AVX-512 (16 lanes, 32 vector registers) the tile is 8 rows x 3 vectors (24
     * accumulators): twice the FMAs per step of the 6 x 2 tile for the same loop overhead, and
     * 100 columns fall into 48 + 48 + one 16-wide vector. With AVX2's 16 registers it is 6 x 2.
     */
    static final boolean LARGE_TILE = LANES >= 16;
    static final int MR = LARGE_TILE ? 8 : 6;
    static final int NR = (LARGE_TILE ? 3 : 2) * LANES;

    private MicroKernels() {}

    /** c[MR, NR] (+)= a panel [MR, kc] · b panel [kc, NR]: the full tile of this machine. */
    static void wide(int kc, float[] a, int aOff, float[] b, int bOff,
            float[] c, int cOff, int ldc, boolean load) {
        if (LARGE_TILE) {
            eightByThree(kc, a, aOff, b, bOff, c, cOff, ldc, load);
        } else {
            sixByTwo(kc, a, aOff, b, bOff, c, cOff, ldc, load);
        }
    }

    /** c[MR, 1 vector] (+)= a panel [MR, kc] · b panel [kc, 1 vector]: a row of tiles' last vector. */
    static void narrow(int kc, float[] a, int aOff, float[] b, int bOff,
            float[] c, int cOff, int ldc, boolean load) {
        if (LARGE_TILE) {
            eightByOne(kc, a, aOff, b, bOff, c, cOff, ldc, load);
        } else {
            sixByOne(kc, a, aOff, b, bOff, c, cOff, ldc, load);
        }
    }

    /** c[6, 2 vectors] (+)= a panel [6, kc] · b panel [kc, 2 vectors]; reads c first when {@code load}. */
    static void sixByTwo(int kc, float[] a, int aOff, float[] b, int bOff,
            float[] c, int cOff, int ldc, boolean load) {
        FloatVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51;
        if (load) {
            c00 = FloatVector.fromArray(SPECIES, c, cOff);
            c01 = FloatVector.fromArray(SPECIES, c, cOff + LANES);
            c10 = FloatVector.fromArray(SPECIES, c, cOff + ldc);
            c11 = FloatVector.fromArray(SPECIES, c, cOff + ldc + LANES);
            c20 = FloatVector.fromArray(SPECIES, c, cOff + 2 * ldc);
            c21 = FloatVector.fromArray(SPECIES, c, cOff + 2 * ldc + LANES);
            c30 = FloatVector.fromArray(SPECIES, c, cOff + 3 * ldc);
            c31 = FloatVector.fromArray(SPECIES, c, cOff + 3 * ldc + LANES);
            c40 = FloatVector.fromArray(SPECIES, c, cOff + 4 * ldc);
            c41 = FloatVector.fromArray(SPECIES, c, cOff + 4 * ldc + LANES);
            c50 = FloatVector.fromArray(SPECIES, c, cOff + 5 * ldc);
            c51 = FloatVector.fromArray(SPECIES, c, cOff + 5 * ldc + LANES);
        } else {
            FloatVector zero = FloatVector.zero(SPECIES);
            c00 = zero; c01 = zero;
            c10 = zero; c11 = zero;
            c20 = zero; c21 = zero;
            c30 = zero; c31 = zero;
            c40 = zero; c41 = zero;
            c50 = zero; c51 = zero;
        }
        for (int p = 0; p < kc; p++) {
            int ap = aOff + p * MR;
            int bp = bOff + p * NR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bp + LANES);
            FloatVector ar = FloatVector.broadcast(SPECIES, a[ap + 0]);
            c00 = ar.fma(b0, c00); c01 = ar.fma(b1, c01);
            ar = FloatVector.broadcast(SPECIES, a[ap + 1]);
            c10 = ar.fma(b0, c10); c11 = ar.fma(b1, c11);
            ar = FloatVector.broadcast(SPECIES, a[ap + 2]);
            c20 = ar.fma(b0, c20); c21 = ar.fma(b1, c21);
            ar = FloatVector.broadcast(SPECIES, a[ap + 3]);
            c30 = ar.fma(b0, c30); c31 = ar.fma(b1, c31);
            ar = FloatVector.broadcast(SPECIES, a[ap + 4]);
            c40 = ar.fma(b0, c40); c41 = ar.fma(b1, c41);
            ar = FloatVector.broadcast(SPECIES, a[ap + 5]);
            c50 = ar.fma(b0, c50); c51 = ar.fma(b1, c51);
        }
        c00.intoArray(c, cOff);
        c01.intoArray(c, cOff + LANES);
        c10.intoArray(c, cOff + ldc);
        c11.intoArray(c, cOff + ldc + LANES);
        c20.intoArray(c, cOff + 2 * ldc);
        c21.intoArray(c, cOff + 2 * ldc + LANES);
        c30.intoArray(c, cOff + 3 * ldc);
        c31.intoArray(c, cOff + 3 * ldc + LANES);
        c40.intoArray(c, cOff + 4 * ldc);
        c41.intoArray(c, cOff + 4 * ldc + LANES);
        c50.intoArray(c, cOff + 5 * ldc);
        c51.intoArray(c, cOff + 5 * ldc + LANES);
    }

    /** c[6, 1 vector] (+)= a panel [6, kc] · b panel [kc, 1 vector]; reads c first when {@code load}. */
    static void sixByOne(int kc, float[] a, int aOff, float[] b, int bOff,
            float[] c, int cOff, int ldc, boolean load) {
        FloatVector c00, c10, c20, c30, c40, c50;
        if (load) {
            c00 = FloatVector.fromArray(SPECIES, c, cOff);
            c10 = FloatVector.fromArray(SPECIES, c, cOff + ldc);
            c20 = FloatVector.fromArray(SPECIES, c, cOff + 2 * ldc);
            c30 = FloatVector.fromArray(SPECIES, c, cOff + 3 * ldc);
            c40 = FloatVector.fromArray(SPECIES, c, cOff + 4 * ldc);
            c50 = FloatVector.fromArray(SPECIES, c, cOff + 5 * ldc);
        } else {
            FloatVector zero = FloatVector.zero(SPECIES);
            c00 = zero;
            c10 = zero;
            c20 = zero;
            c30 = zero;
            c40 = zero;
            c50 = zero;
        }
        for (int p = 0; p < kc; p++) {
            int ap = aOff + p * MR;
            int bp = bOff + p * LANES;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
            FloatVector ar = FloatVector.broadcast(SPECIES, a[ap + 0]);
            c00 = ar.fma(b0, c00);
            ar = FloatVector.broadcast(SPECIES, a[ap + 1]);
            c10 = ar.fma(b0, c10);
            ar = FloatVector.broadcast(SPECIES, a[ap + 2]);
            c20 = ar.fma(b0, c20);
            ar = FloatVector.broadcast(SPECIES, a[ap + 3]);
            c30 = ar.fma(b0, c30);
            ar = FloatVector.broadcast(SPECIES, a[ap + 4]);
            c40 = ar.fma(b0, c40);
            ar = FloatVector.broadcast(SPECIES, a[ap + 5]);
            c50 = ar.fma(b0, c50);
        }
        c00.intoArray(c, cOff);
        c10.intoArray(c, cOff + ldc);
        c20.intoArray(c, cOff + 2 * ldc);
        c30.intoArray(c, cOff + 3 * ldc);
        c40.intoArray(c, cOff + 4 * ldc);
        c50.intoArray(c, cOff + 5 * ldc);
    }

    /** c[8, 3 vectors] (+)= a panel [8, kc] · b panel [kc, 3 vectors]; 24 accumulators: AVX-512's 32 registers only. */
    static void eightByThree(int kc, float[] a, int aOff, float[] b, int bOff,
            float[] c, int cOff, int ldc, boolean load) {
        FloatVector c00, c01, c02, c10, c11, c12, c20, c21, c22, c30, c31, c32, c40, c41, c42, c50, c51, c52, c60, c61, c62, c70, c71, c72;
        if (load) {
            c00 = FloatVector.fromArray(SPECIES, c, cOff);
            c01 = FloatVector.fromArray(SPECIES, c, cOff + LANES);
            c02 = FloatVector.fromArray(SPECIES, c, cOff + 2 * LANES);
            c10 = FloatVector.fromArray(SPECIES, c, cOff + ldc);
            c11 = FloatVector.fromArray(SPECIES, c, cOff + ldc + LANES);
            c12 = FloatVector.fromArray(SPECIES, c, cOff + ldc + 2 * LANES);
            c20 = FloatVector.fromArray(SPECIES, c, cOff + 2 * ldc);
            c21 = FloatVector.fromArray(SPECIES, c, cOff + 2 * ldc + LANES);
            c22 = FloatVector.fromArray(SPECIES, c, cOff + 2 * ldc + 2 * LANES);
            c30 = FloatVector.fromArray(SPECIES, c, cOff + 3 * ldc);
            c31 = FloatVector.fromArray(SPECIES, c, cOff + 3 * ldc + LANES);
            c32 = FloatVector.fromArray(SPECIES, c, cOff + 3 * ldc + 2 * LANES);
            c40 = FloatVector.fromArray(SPECIES, c, cOff + 4 * ldc);
            c41 = FloatVector.fromArray(SPECIES, c, cOff + 4 * ldc + LANES);
            c42 = FloatVector.fromArray(SPECIES, c, cOff + 4 * ldc + 2 * LANES);
            c50 = FloatVector.fromArray(SPECIES, c, cOff + 5 * ldc);
            c51 = FloatVector.fromArray(SPECIES, c, cOff + 5 * ldc + LANES);
            c52 = FloatVector.fromArray(SPECIES, c, cOff + 5 * ldc + 2 * LANES);
            c60 = FloatVector.fromArray(SPECIES, c, cOff + 6 * ldc);
            c61 = FloatVector.fromArray(SPECIES, c, cOff + 6 * ldc + LANES);
            c62 = FloatVector.fromArray(SPECIES, c, cOff + 6 * ldc + 2 * LANES);
            c70 = FloatVector.fromArray(SPECIES, c, cOff + 7 * ldc);
            c71 = FloatVector.fromArray(SPECIES, c, cOff + 7 * ldc + LANES);
            c72 = FloatVector.fromArray(SPECIES, c, cOff + 7 * ldc + 2 * LANES);
        } else {
            FloatVector zero = FloatVector.zero(SPECIES);
            c00 = zero; c01 = zero; c02 = zero;
            c10 = zero; c11 = zero; c12 = zero;
            c20 = zero; c21 = zero; c22 = zero;
            c30 = zero; c31 = zero; c32 = zero;
            c40 = zero; c41 = zero; c42 = zero;
            c50 = zero; c51 = zero; c52 = zero;
            c60 = zero; c61 = zero; c62 = zero;
            c70 = zero; c71 = zero; c72 = zero;
        }
        for (int p = 0; p < kc; p++) {
            int ap = aOff + p * MR;
            int bp = bOff + p * 3 * LANES;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bp + LANES);
            FloatVector b2 = FloatVector.fromArray(SPECIES, b, bp + 2 * LANES);
            FloatVector ar = FloatVector.broadcast(SPECIES, a[ap + 0]);
            c00 = ar.fma(b0, c00); c01 = ar.fma(b1, c01); c02 = ar.fma(b2, c02);
            ar = FloatVector.broadcast(SPECIES, a[ap + 1]);
            c10 = ar.fma(b0, c10); c11 = ar.fma(b1, c11); c12 = ar.fma(b2, c12);
            ar = FloatVector.broadcast(SPECIES, a[ap + 2]);
            c20 = ar.fma(b0, c20); c21 = ar.fma(b1, c21); c22 = ar.fma(b2, c22);
            ar = FloatVector.broadcast(SPECIES, a[ap + 3]);
            c30 = ar.fma(b0, c30); c31 = ar.fma(b1, c31); c32 = ar.fma(b2, c32);
            ar = FloatVector.broadcast(SPECIES, a[ap + 4]);
            c40 = ar.fma(b0, c40); c41 = ar.fma(b1, c41); c42 = ar.fma(b2, c42);
            ar = FloatVector.broadcast(SPECIES, a[ap + 5]);
            c50 = ar.fma(b0, c50); c51 = ar.fma(b1, c51); c52 = ar.fma(b2, c52);
            ar = FloatVector.broadcast(SPECIES, a[ap + 6]);
            c60 = ar.fma(b0, c60); c61 = ar.fma(b1, c61); c62 = ar.fma(b2, c62);
            ar = FloatVector.broadcast(SPECIES, a[ap + 7]);
            c70 = ar.fma(b0, c70); c71 = ar.fma(b1, c71); c72 = ar.fma(b2, c72);
        }
        c00.intoArray(c, cOff);
        c01.intoArray(c, cOff + LANES);
        c02.intoArray(c, cOff + 2 * LANES);
        c10.intoArray(c, cOff + ldc);
        c11.intoArray(c, cOff + ldc + LANES);
        c12.intoArray(c, cOff + ldc + 2 * LANES);
        c20.intoArray(c, cOff + 2 * ldc);
        c21.intoArray(c, cOff + 2 * ldc + LANES);
        c22.intoArray(c, cOff + 2 * ldc + 2 * LANES);
        c30.intoArray(c, cOff + 3 * ldc);
        c31.intoArray(c, cOff + 3 * ldc + LANES);
        c32.intoArray(c, cOff + 3 * ldc + 2 * LANES);
        c40.intoArray(c, cOff + 4 * ldc);
        c41.intoArray(c, cOff + 4 * ldc + LANES);
        c42.intoArray(c, cOff + 4 * ldc + 2 * LANES);
        c50.intoArray(c, cOff + 5 * ldc);
        c51.intoArray(c, cOff + 5 * ldc + LANES);
        c52.intoArray(c, cOff + 5 * ldc + 2 * LANES);
        c60.intoArray(c, cOff + 6 * ldc);
        c61.intoArray(c, cOff + 6 * ldc + LANES);
        c62.intoArray(c, cOff + 6 * ldc + 2 * LANES);
        c70.intoArray(c, cOff + 7 * ldc);
        c71.intoArray(c, cOff + 7 * ldc + LANES);
        c72.intoArray(c, cOff + 7 * ldc + 2 * LANES);
    }

    /** c[8, 1 vector] (+)= a panel [8, kc] · b panel [kc, 1 vector]; the last vector of a row of tiles. */
    static void eightByOne(int kc, float[] a, int aOff, float[] b, int bOff,
            float[] c, int cOff, int ldc, boolean load) {
        FloatVector c00, c10, c20, c30, c40, c50, c60, c70;
        if (load) {
            c00 = FloatVector.fromArray(SPECIES, c, cOff);
            c10 = FloatVector.fromArray(SPECIES, c, cOff + ldc);
            c20 = FloatVector.fromArray(SPECIES, c, cOff + 2 * ldc);
            c30 = FloatVector.fromArray(SPECIES, c, cOff + 3 * ldc);
            c40 = FloatVector.fromArray(SPECIES, c, cOff + 4 * ldc);
            c50 = FloatVector.fromArray(SPECIES, c, cOff + 5 * ldc);
            c60 = FloatVector.fromArray(SPECIES, c, cOff + 6 * ldc);
            c70 = FloatVector.fromArray(SPECIES, c, cOff + 7 * ldc);
        } else {
            FloatVector zero = FloatVector.zero(SPECIES);
            c00 = zero;
            c10 = zero;
            c20 = zero;
            c30 = zero;
            c40 = zero;
            c50 = zero;
            c60 = zero;
            c70 = zero;
        }
        for (int p = 0; p < kc; p++) {
            int ap = aOff + p * MR;
            int bp = bOff + p * LANES;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bp);
            FloatVector ar = FloatVector.broadcast(SPECIES, a[ap + 0]);
            c00 = ar.fma(b0, c00);
            ar = FloatVector.broadcast(SPECIES, a[ap + 1]);
            c10 = ar.fma(b0, c10);
            ar = FloatVector.broadcast(SPECIES, a[ap + 2]);
            c20 = ar.fma(b0, c20);
            ar = FloatVector.broadcast(SPECIES, a[ap + 3]);
            c30 = ar.fma(b0, c30);
            ar = FloatVector.broadcast(SPECIES, a[ap + 4]);
            c40 = ar.fma(b0, c40);
            ar = FloatVector.broadcast(SPECIES, a[ap + 5]);
            c50 = ar.fma(b0, c50);
            ar = FloatVector.broadcast(SPECIES, a[ap + 6]);
            c60 = ar.fma(b0, c60);
            ar = FloatVector.broadcast(SPECIES, a[ap + 7]);
            c70 = ar.fma(b0, c70);
        }
        c00.intoArray(c, cOff);
        c10.intoArray(c, cOff + ldc);
        c20.intoArray(c, cOff + 2 * ldc);
        c30.intoArray(c, cOff + 3 * ldc);
        c40.intoArray(c, cOff + 4 * ldc);
        c50.intoArray(c, cOff + 5 * ldc);
        c60.intoArray(c, cOff + 6 * ldc);
        c70.intoArray(c, cOff + 7 * ldc);
    }

    /**
     * c[16, 1 vector] (+)= a panel [16, kc] · b panel [kc, 1 vector]: the narrow column (n = 10,
     * the last 4 of n = 100) sixteen rows at a time. {@link #eightByOne}'s eight FMA chains are
     * exactly latency (4 cycles) × ports (2), so any stall idles the FMA units; sixteen leave
     * slack and halve the calls and c's copies per row of tiles. Each element is the same chain.
     * {@code aRow == 0}: a is two packed panels (rows 8..15 MR * kc on); {@code aRow > 0}: a is
     * read in place, row r at {@code aOff + r * aRow} (op(a) not transposed): for a single vector
     * of columns (n = 10) each value of a feeds one FMA, so packing it would cost about as much
     * as the product.
     */
    static void sixteenByOne(int kc, float[] a, int aOff, int aRow, float[] b, int bOff,
            float[] c, int cOff, int ldc, boolean load) {
        boolean inRows = aRow > 0;
        int a0 = inRows ? aOff + 0 * aRow : aOff + 0;
        int a1 = inRows ? aOff + 1 * aRow : aOff + 1;
        int a2 = inRows ? aOff + 2 * aRow : aOff + 2;
        int a3 = inRows ? aOff + 3 * aRow : aOff + 3;
        int a4 = inRows ? aOff + 4 * aRow : aOff + 4;
        int a5 = inRows ? aOff + 5 * aRow : aOff + 5;
        int a6 = inRows ? aOff + 6 * aRow : aOff + 6;
        int a7 = inRows ? aOff + 7 * aRow : aOff + 7;
        int a8 = inRows ? aOff + 8 * aRow : aOff + MR * kc + 0;
        int a9 = inRows ? aOff + 9 * aRow : aOff + MR * kc + 1;
        int a10 = inRows ? aOff + 10 * aRow : aOff + MR * kc + 2;
        int a11 = inRows ? aOff + 11 * aRow : aOff + MR * kc + 3;
        int a12 = inRows ? aOff + 12 * aRow : aOff + MR * kc + 4;
        int a13 = inRows ? aOff + 13 * aRow : aOff + MR * kc + 5;
        int a14 = inRows ? aOff + 14 * aRow : aOff + MR * kc + 6;
        int a15 = inRows ? aOff + 15 * aRow : aOff + MR * kc + 7;
        FloatVector c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15;
        if (load) {
            c0 = FloatVector.fromArray(SPECIES, c, cOff + 0 * ldc);
            c1 = FloatVector.fromArray(SPECIES, c, cOff + 1 * ldc);
            c2 = FloatVector.fromArray(SPECIES, c, cOff + 2 * ldc);
            c3 = FloatVector.fromArray(SPECIES, c, cOff + 3 * ldc);
            c4 = FloatVector.fromArray(SPECIES, c, cOff + 4 * ldc);
            c5 = FloatVector.fromArray(SPECIES, c, cOff + 5 * ldc);
            c6 = FloatVector.fromArray(SPECIES, c, cOff + 6 * ldc);
            c7 = FloatVector.fromArray(SPECIES, c, cOff + 7 * ldc);
            c8 = FloatVector.fromArray(SPECIES, c, cOff + 8 * ldc);
            c9 = FloatVector.fromArray(SPECIES, c, cOff + 9 * ldc);
            c10 = FloatVector.fromArray(SPECIES, c, cOff + 10 * ldc);
            c11 = FloatVector.fromArray(SPECIES, c, cOff + 11 * ldc);
            c12 = FloatVector.fromArray(SPECIES, c, cOff + 12 * ldc);
            c13 = FloatVector.fromArray(SPECIES, c, cOff + 13 * ldc);
            c14 = FloatVector.fromArray(SPECIES, c, cOff + 14 * ldc);
            c15 = FloatVector.fromArray(SPECIES, c, cOff + 15 * ldc);
        } else {
            FloatVector zero = FloatVector.zero(SPECIES);
            c0 = zero;
            c1 = zero;
            c2 = zero;
            c3 = zero;
            c4 = zero;
            c5 = zero;
            c6 = zero;
            c7 = zero;
            c8 = zero;
            c9 = zero;
            c10 = zero;
            c11 = zero;
            c12 = zero;
            c13 = zero;
            c14 = zero;
            c15 = zero;
        }
        for (int p = 0; p < kc; p++) {
            // A loop-invariant test: C2 unswitches the loop, so each copy has a constant stride.
            int step = inRows ? p : p * MR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bOff + p * LANES);
            c0 = FloatVector.broadcast(SPECIES, a[a0 + step]).fma(b0, c0);
            c1 = FloatVector.broadcast(SPECIES, a[a1 + step]).fma(b0, c1);
            c2 = FloatVector.broadcast(SPECIES, a[a2 + step]).fma(b0, c2);
            c3 = FloatVector.broadcast(SPECIES, a[a3 + step]).fma(b0, c3);
            c4 = FloatVector.broadcast(SPECIES, a[a4 + step]).fma(b0, c4);
            c5 = FloatVector.broadcast(SPECIES, a[a5 + step]).fma(b0, c5);
            c6 = FloatVector.broadcast(SPECIES, a[a6 + step]).fma(b0, c6);
            c7 = FloatVector.broadcast(SPECIES, a[a7 + step]).fma(b0, c7);
            c8 = FloatVector.broadcast(SPECIES, a[a8 + step]).fma(b0, c8);
            c9 = FloatVector.broadcast(SPECIES, a[a9 + step]).fma(b0, c9);
            c10 = FloatVector.broadcast(SPECIES, a[a10 + step]).fma(b0, c10);
            c11 = FloatVector.broadcast(SPECIES, a[a11 + step]).fma(b0, c11);
            c12 = FloatVector.broadcast(SPECIES, a[a12 + step]).fma(b0, c12);
            c13 = FloatVector.broadcast(SPECIES, a[a13 + step]).fma(b0, c13);
            c14 = FloatVector.broadcast(SPECIES, a[a14 + step]).fma(b0, c14);
            c15 = FloatVector.broadcast(SPECIES, a[a15 + step]).fma(b0, c15);
        }
        c0.intoArray(c, cOff + 0 * ldc);
        c1.intoArray(c, cOff + 1 * ldc);
        c2.intoArray(c, cOff + 2 * ldc);
        c3.intoArray(c, cOff + 3 * ldc);
        c4.intoArray(c, cOff + 4 * ldc);
        c5.intoArray(c, cOff + 5 * ldc);
        c6.intoArray(c, cOff + 6 * ldc);
        c7.intoArray(c, cOff + 7 * ldc);
        c8.intoArray(c, cOff + 8 * ldc);
        c9.intoArray(c, cOff + 9 * ldc);
        c10.intoArray(c, cOff + 10 * ldc);
        c11.intoArray(c, cOff + 11 * ldc);
        c12.intoArray(c, cOff + 12 * ldc);
        c13.intoArray(c, cOff + 13 * ldc);
        c14.intoArray(c, cOff + 14 * ldc);
        c15.intoArray(c, cOff + 15 * ldc);
    }

    /** Where {@link #peakProbe}'s sum goes, so the JIT cannot drop the loop. */
    static volatile float probeSink;

    /**
     * Twelve independent FMA chains, {@code repetitions} rounds: more chains than FMA latency
     * times FMA ports (4 cycles x 2 on Zen 4 and 5), so the loop runs at the core's FMA
     * throughput with no memory traffic, the most this kernel's instructions can do. Returns the
     * floating-point operations done.
     */
    static long peakProbe(long repetitions) {
        FloatVector m = FloatVector.broadcast(SPECIES, 0.999999f);
        FloatVector add = FloatVector.broadcast(SPECIES, 1e-7f);
        FloatVector v0 = FloatVector.broadcast(SPECIES, 1f), v1 = v0.add(add), v2 = v1.add(add), v3 = v2.add(add),
                v4 = v3.add(add), v5 = v4.add(add), v6 = v5.add(add), v7 = v6.add(add), v8 = v7.add(add),
                v9 = v8.add(add), v10 = v9.add(add), v11 = v10.add(add);
        for (long r = 0; r < repetitions; r++) {
            v0 = v0.fma(m, add); v1 = v1.fma(m, add); v2 = v2.fma(m, add); v3 = v3.fma(m, add);
            v4 = v4.fma(m, add); v5 = v5.fma(m, add); v6 = v6.fma(m, add); v7 = v7.fma(m, add);
            v8 = v8.fma(m, add); v9 = v9.fma(m, add); v10 = v10.fma(m, add); v11 = v11.fma(m, add);
        }
        probeSink = v0.add(v1).add(v2).add(v3).add(v4).add(v5).add(v6).add(v7).add(v8).add(v9).add(v10).add(v11)
                .reduceLanes(VectorOperators.ADD);
        return repetitions * 12 * 2 * LANES;
    }
}
