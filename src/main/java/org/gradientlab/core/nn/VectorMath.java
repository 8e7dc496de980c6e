package org.gradientlab.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp, tanh and expm1 on float vectors from additions, multiplications and FMAs only.
 *
 * <p>Why not {@code lanewise(EXP)}: C2 maps it to the JDK's SIMD math library while the
 * interpreter and C1 run a per-lane {@code Math} fallback, and the two differ in the last bit.
 * A probe run while the JIT was still compiling gave other numbers than the same probe a moment
 * later (a test comparing two runs failed under load). Plain IEEE operations round the same in
 * every tier, so these results are the same bits however the code runs, and as fast.
 *
 * <p>exp: Cephes expf (S. Moshier): n = round(x·log₂e), r = x − n·ln 2 in two parts, a degree-6
 * polynomial for eʳ, times 2ⁿ built in the exponent bits; about 1 ulp. tanh: Cephes tanhf, an odd
 * polynomial below |x| = 0.625 and 1 − 2/(e^{2|x|} + 1) above. expm1: Taylor to x⁸ for
 * |x| &lt; 0.5 (truncation below 2·10⁻⁸ relative), exp − 1 beyond.
 */
final class VectorMath {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, SPECIES.vectorShape());

    // Below −87.3 eˣ is under the smallest normal float; above 88, 2ⁿ would need n = 128.
    private static final float MIN_ARGUMENT = -87.3f;
    private static final float MAX_ARGUMENT = 88f;
    private static final float LOG2E = 1.44269504088896341f;
    // 1.5·2²³: adding and subtracting it rounds a float of magnitude < 2²² to an integer.
    private static final float ROUNDER = 12582912f;
    private static final float LN2_HIGH = 0.693359375f;
    private static final float LN2_LOW = -2.12194440e-4f;
    private static final float[] EXP_POLY = {1.9875691500e-4f, 1.3981999507e-3f, 8.3334519073e-3f,
            4.1665795894e-2f, 1.6666665459e-1f, 5.0000001201e-1f};
    private static final float[] TANH_POLY = {-5.70498872745e-3f, 2.06390887954e-2f, -5.37397155531e-2f,
            1.33314422036e-1f, -3.33332819422e-1f};
    private static final float TANH_SMALL = 0.625f;
    private static final float EXPM1_SMALL = 0.5f;
    // 1/8!, 1/7!, …, 1/2!
    private static final float[] EXPM1_TAYLOR = {1f / 40320, 1f / 5040, 1f / 720, 1f / 120, 1f / 24, 1f / 6, 0.5f};

    private VectorMath() {}

    static VectorSpecies<Float> species() {
        return SPECIES;
    }

    static FloatVector exp(FloatVector x) {
        FloatVector v = x.max(MIN_ARGUMENT).min(MAX_ARGUMENT);
        FloatVector n = v.fma(LOG2E, ROUNDER).sub(ROUNDER);
        FloatVector r = n.fma(FloatVector.broadcast(SPECIES, -LN2_HIGH), v);
        r = n.fma(FloatVector.broadcast(SPECIES, -LN2_LOW), r);
        FloatVector p = horner(r, EXP_POLY);
        FloatVector y = p.mul(r.mul(r)).add(r).add(1f);
        IntVector exponent = (IntVector) n.convertShape(VectorOperators.F2I, INTS, 0);
        FloatVector twoToN = exponent.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return y.mul(twoToN);
    }

    static FloatVector tanh(FloatVector x) {
        FloatVector ax = x.abs();
        FloatVector z = x.mul(x);
        FloatVector small = horner(z, TANH_POLY).mul(z).fma(x, x);
        FloatVector e = exp(ax.add(ax));
        FloatVector large = FloatVector.broadcast(SPECIES, 1f).sub(FloatVector.broadcast(SPECIES, 2f).div(e.add(1f)));
        large = large.blend(large.neg(), x.compare(VectorOperators.LT, 0f));
        return large.blend(small, ax.compare(VectorOperators.LT, TANH_SMALL));
    }

    static FloatVector expm1(FloatVector x) {
        FloatVector taylor = horner(x, EXPM1_TAYLOR).mul(x.mul(x)).add(x);
        FloatVector viaExp = exp(x).sub(1f);
        VectorMask<Float> small = x.abs().compare(VectorOperators.LT, EXPM1_SMALL);
        return viaExp.blend(taylor, small);
    }

    /** c[0]·xᵏ⁻¹ + c[1]·xᵏ⁻² + … + c[k−1], by Horner's rule with FMAs. */
    private static FloatVector horner(FloatVector x, float[] c) {
        FloatVector acc = FloatVector.broadcast(SPECIES, c[0]);
        for (int i = 1; i < c.length; i++) {
            acc = acc.fma(x, FloatVector.broadcast(SPECIES, c[i]));
        }
        return acc;
    }
}
