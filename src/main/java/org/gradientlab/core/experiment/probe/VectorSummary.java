package org.gradientlab.core.experiment.probe;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Summary#scalar} with the Vector API: counts are mask pop-counts instead of branches,
 * sums run in float lanes over blocks of {@value #BLOCK} values and are added up in double, so
 * each float partial sum covers at most BLOCK / lanes values. The last, partial vector is read
 * under a mask (missing lanes read as 0 and are left out of every count and extreme).
 * Only loaded when the module is there.
 */
final class VectorSummary {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int BLOCK = 1024;

    private VectorSummary() {}

    static Summary of(float[] values, float lowLimit, float highLimit) {
        int n = values.length;
        int lanes = SPECIES.length();
        double sum = 0;
        FloatVector minimum = FloatVector.broadcast(SPECIES, Float.POSITIVE_INFINITY);
        FloatVector maximum = FloatVector.broadcast(SPECIES, Float.NEGATIVE_INFINITY);
        long zeros = 0;
        long below = 0;
        long above = 0;
        for (int block = 0; block < n; block += BLOCK) {
            int end = Math.min(n, block + BLOCK);
            FloatVector partial = FloatVector.zero(SPECIES);
            for (int i = block; i < end; i += lanes) {
                VectorMask<Float> present = SPECIES.indexInRange(i, end);
                FloatVector v = FloatVector.fromArray(SPECIES, values, i, present);
                partial = partial.add(v);
                minimum = minimum.lanewise(VectorOperators.MIN, v, present);
                maximum = maximum.lanewise(VectorOperators.MAX, v, present);
                zeros += v.compare(VectorOperators.EQ, 0f, present).trueCount();
                below += v.compare(VectorOperators.LT, lowLimit, present).trueCount();
                above += v.compare(VectorOperators.GT, highLimit, present).trueCount();
            }
            sum += partial.reduceLanes(VectorOperators.ADD);
        }
        double mean = sum / n;
        float centre = (float) mean;
        double squares = 0;
        for (int block = 0; block < n; block += BLOCK) {
            int end = Math.min(n, block + BLOCK);
            FloatVector partial = FloatVector.zero(SPECIES);
            for (int i = block; i < end; i += lanes) {
                VectorMask<Float> present = SPECIES.indexInRange(i, end);
                FloatVector centred = FloatVector.fromArray(SPECIES, values, i, present).sub(centre, present);
                partial = centred.fma(centred, partial);
            }
            squares += partial.reduceLanes(VectorOperators.ADD);
        }
        // Σ(v − c)² / n − (mean − c)² corrects for centring on the float c instead of the mean.
        double offset = mean - centre;
        return new Summary(mean, Math.max(0, squares / n - offset * offset), minimum.reduceLanes(VectorOperators.MIN),
                maximum.reduceLanes(VectorOperators.MAX), zeros, below, above);
    }
}
