package org.gradientlab.core.concepts.ensembles;

import java.util.List;

/**
 * Test accuracies of one dropout net.
 *
 * @param scaledAccuracy    one inference pass, each unit scaled by (1 − ratio) (the book's Dropout)
 * @param averagedAccuracy  entry M−1: the mean softmax of the first M masked passes
 * @param singlePassAccuracy entry M−1: masked pass M alone, one member of the implicit ensemble
 */
public record DropoutEnsembleResult(DropoutEnsembleConfig config, double scaledAccuracy,
                                    List<Double> averagedAccuracy, List<Double> singlePassAccuracy) {
    public DropoutEnsembleResult {
        averagedAccuracy = List.copyOf(averagedAccuracy);
        singlePassAccuracy = List.copyOf(singlePassAccuracy);
        if (averagedAccuracy.size() != config.passes() || singlePassAccuracy.size() != config.passes()) {
            throw new IllegalArgumentException("need one accuracy per pass (" + config.passes() + "), got "
                    + averagedAccuracy.size() + " and " + singlePassAccuracy.size());
        }
    }

    /** The mean of all M masked passes. */
    public double averaged() {
        return averagedAccuracy.get(averagedAccuracy.size() - 1);
    }

    public double meanSinglePass() {
        return singlePassAccuracy.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
