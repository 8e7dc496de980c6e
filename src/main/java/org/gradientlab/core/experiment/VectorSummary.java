package org.gradientlab.core.experiment;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Summary#scalar} with the Vector API: counts are mask pop-counts instead of branches,
 * sums run in float lanes over blocks of {@value #BLOCK} values and are added up in double, so
 * each float partial sum covers at most BLOCK / lanes values. Only loaded when the module is there.
 */
final class VectorSummary {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int BLOCK = 1024;

    private VectorSummary() {}

    static Summary of(float[] values, float lowLimit, float highLimit) {
        int n = values.length;
        int bound = SPECIES.loopBound(n);
        int lanes = SPECIES.length();
        double sum = 0;
        FloatVector minimum = FloatVector.broadcast(SPECIES, Float.POSITIVE_INFINITY);
        FloatVector maximum = FloatVector.broadcast(SPECIES, Float.NEGATIVE_INFINITY);
        long zeros = 0;
        long below = 0;
        long above = 0;
        for (int block = 0; block < bound; block += BLOCK) {
            int end = Math.min(bound, block + BLOCK);
            FloatVector partial = FloatVector.zero(SPECIES);
            for (int i = block; i < end; i += lanes) {
                FloatVector v = FloatVector.fromArray(SPECIES, values, i);
                partial = partial.add(v);
                minimum = minimum.min(v);
                maximum = maximum.max(v);
                zeros += v.compare(VectorOperators.EQ, 0f).trueCount();
                below += v.compare(VectorOperators.LT, lowLimit).trueCount();
                above += v.compare(VectorOperators.GT, highLimit).trueCount();
            }
            sum += partial.reduceLanes(VectorOperators.ADD);
        }
        float min = minimum.reduceLanes(VectorOperators.MIN);
        float max = maximum.reduceLanes(VectorOperators.MAX);
        for (int i = bound; i < n; i++) {
            float v = values[i];
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            zeros += v == 0f ? 1 : 0;
            below += v < lowLimit ? 1 : 0;
            above += v > highLimit ? 1 : 0;
        }
        double mean = sum / n;
        float centre = (float) mean;
        double squares = 0;
        for (int block = 0; block < bound; block += BLOCK) {
            int end = Math.min(bound, block + BLOCK);
            FloatVector partial = FloatVector.zero(SPECIES);
            for (int i = block; i < end; i += lanes) {
                FloatVector centred = FloatVector.fromArray(SPECIES, values, i).sub(centre);
                partial = centred.fma(centred, partial);
            }
            squares += partial.reduceLanes(VectorOperators.ADD);
        }
        for (int i = bound; i < n; i++) {
            double centred = values[i] - (double) centre;
            squares += centred * centred;
        }
        // Σ(v − c)² / n − (mean − c)² corrects for centring on the float c instead of the mean.
        double offset = mean - centre;
        return new Summary(mean, Math.max(0, squares / n - offset * offset), min, max, zeros, below, above);
    }
}
