package org.gradientlab.core.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API loops for the activation layers: the whole vectors of each array; the layer's own
 * scalar loop finishes the tail from the index returned. exp, tanh and expm1 come from
 * {@link VectorMath} (the same bits in every JIT tier), and comparisons become masks, not
 * branches that mispredict on random signs. Only loaded when
 * {@link VectorSupport#ENABLED}.
 */
final class VectorActivations {
    private static final VectorSpecies<Float> SPECIES = VectorMath.species();

    private VectorActivations() {}

    static int sigmoid(float[] x, float[] y) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector e = VectorMath.exp(FloatVector.fromArray(SPECIES, x, i).neg());
            FloatVector.broadcast(SPECIES, 1f).div(e.add(1f)).intoArray(y, i);
        }
        return bound;
    }

    /** dx = dout·(1 − y)·y. */
    static int sigmoidBackward(float[] y, float[] dout, float[] dx) {
        int bound = SPECIES.loopBound(y.length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, y, i);
            FloatVector.fromArray(SPECIES, dout, i).mul(v.neg().add(1f)).mul(v).intoArray(dx, i);
        }
        return bound;
    }

    static int tanh(float[] x, float[] y) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            VectorMath.tanh(FloatVector.fromArray(SPECIES, x, i)).intoArray(y, i);
        }
        return bound;
    }

    /** dx = dout·(1 − y²). */
    static int tanhBackward(float[] y, float[] dout, float[] dx) {
        int bound = SPECIES.loopBound(y.length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, y, i);
            FloatVector.fromArray(SPECIES, dout, i).mul(v.mul(v).neg().add(1f)).intoArray(dx, i);
        }
        return bound;
    }

    /** y = max(x, 0). */
    static int relu(float[] x, float[] y) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector.fromArray(SPECIES, x, i).max(0f).intoArray(y, i);
        }
        return bound;
    }

    /** y = x where x > 0, slope·x elsewhere. */
    static int leakyRelu(float[] x, float[] y, float slope) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, x, i);
            v.blend(v.mul(slope), v.compare(VectorOperators.GT, 0f).not()).intoArray(y, i);
        }
        return bound;
    }

    /** dx = dout where y > 0, slope·dout elsewhere (slope 0: ReLU, exact zeros). */
    static int rectifyBackward(float[] y, float[] dout, float[] dx, float slope) {
        int bound = SPECIES.loopBound(y.length);
        FloatVector zero = FloatVector.zero(SPECIES);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector d = FloatVector.fromArray(SPECIES, dout, i);
            VectorMask<Float> negative = FloatVector.fromArray(SPECIES, y, i).compare(VectorOperators.GT, 0f).not();
            d.blend(slope == 0f ? zero : d.mul(slope), negative).intoArray(dx, i);
        }
        return bound;
    }

    /** y = x where x > 0, α·(eˣ − 1) elsewhere. */
    static int elu(float[] x, float[] y, float alpha) {
        int bound = SPECIES.loopBound(x.length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, x, i);
            VectorMask<Float> negative = v.compare(VectorOperators.GT, 0f).not();
            v.blend(VectorMath.expm1(v).mul(alpha), negative).intoArray(y, i);
        }
        return bound;
    }

    /** dx = dout where y > 0, dout·(y + α) elsewhere. */
    static int eluBackward(float[] y, float[] dout, float[] dx, float alpha) {
        int bound = SPECIES.loopBound(y.length);
        for (int i = 0; i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, y, i);
            FloatVector d = FloatVector.fromArray(SPECIES, dout, i);
            VectorMask<Float> negative = v.compare(VectorOperators.GT, 0f).not();
            d.blend(d.mul(v.add(alpha)), negative).intoArray(dx, i);
        }
        return bound;
    }
}
