package org.gradientlab.ui.training;

import java.util.List;
import java.util.Objects;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;

/**
 * What the lab's editors hold: the settings every series of a run shares. An experiment varies
 * one of them per series (the optimizer, the init, BN, λ, the dropout ratio, lr and λ).
 *
 * @param length iterations or epochs, as {@link Preset#byEpoch()} says
 */
public record TrainingParameters(Preset preset, OptimizerKind optimizer, double learningRate, WeightInit init,
                                 Activation activation, List<Integer> hiddenSizes, int batchSize, int length,
                                 boolean batchNorm, double dropoutRatio, double weightDecay, int trainSize,
                                 long seed) {
    public TrainingParameters {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(activation, "activation");
        hiddenSizes = List.copyOf(hiddenSizes);
    }

    public TrainingParameters withSeed(long value) {
        return new TrainingParameters(preset, optimizer, learningRate, init, activation, hiddenSizes, batchSize, length,
                batchNorm, dropoutRatio, weightDecay, trainSize, value);
    }
}
