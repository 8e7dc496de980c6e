package org.gradientlab.core.experiment.probe;

import org.gradientlab.core.nn.VectorSupport;

/**
 * Moments and threshold counts of an array, two passes as numpy would compute them: the mean,
 * then the variance from centred values (no cancellation when the std is small beside the mean,
 * as sigmoid outputs near 0.5). Limits are compared in float, as the values are.
 */
record Summary(double mean, double variance, float min, float max, long zeros, long below, long above) {

    /** {@code below}: values < lowLimit; {@code above}: values > highLimit (NaN limit: none). */
    static Summary of(float[] values, float lowLimit, float highLimit) {
        return VectorSupport.ENABLED ? VectorSummary.of(values, lowLimit, highLimit)
                : scalar(values, lowLimit, highLimit);
    }

    static Summary scalar(float[] values, float lowLimit, float highLimit) {
        double sum = 0;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        long zeros = 0;
        long below = 0;
        long above = 0;
        for (float v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            zeros += v == 0f ? 1 : 0;
            below += v < lowLimit ? 1 : 0;
            above += v > highLimit ? 1 : 0;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (float v : values) {
            double centred = v - mean;
            squares += centred * centred;
        }
        return new Summary(mean, squares / values.length, min, max, zeros, below, above);
    }
}
