package org.gradientlab.ui.training;

import java.util.List;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.lab.SetupChecks;

/**
 * The training lab as a saved scene holds it: the experiment and every setting of its editors,
 * with ids as the CLI writes them ({@code train --experiment batchnorm --optimizer adam}). The
 * ranges are the editors' own, so a file cannot hold what a learner could not type.
 *
 * @param experiment a {@link Preset} id: optimizers, init, batchnorm, weight-decay, dropout,
 *                   hyperparameters, custom
 * @param init       "he", "xavier" or a positive std such as "0.01"
 * @param length     iterations or epochs, as the experiment counts
 */
public record TrainingLabSetup(String experiment, String optimizer, double learningRate, String init,
                               String activation, List<Integer> hiddenSizes, int batchSize, int length,
                               boolean batchNorm, double dropoutRatio, double weightDecay, int trainSize,
                               long seed) {
    public static final int MAX_HIDDEN_LAYERS = 20;
    public static final int MAX_UNITS = 4096;
    public static final int MAX_BATCH = 10_000;
    public static final int MAX_TRAIN = 60_000;
    public static final int MAX_LENGTH = 1_000_000;
    public static final double MAX_LEARNING_RATE = 100;
    public static final double MAX_WEIGHT_DECAY = 1e6;

    public TrainingLabSetup {
        SetupChecks.known("experiment", experiment, Preset::fromId);
        SetupChecks.known("optimizer", optimizer, OptimizerKind::fromId);
        SetupChecks.in("learningRate", learningRate, Double.MIN_NORMAL, MAX_LEARNING_RATE);
        SetupChecks.known("init", init, WeightInit::parse);
        SetupChecks.known("activation", activation, Activation::parse);
        hiddenSizes = List.copyOf(SetupChecks.present("hiddenSizes", hiddenSizes));
        SetupChecks.in("hiddenSizes (layers)", hiddenSizes.size(), 1, MAX_HIDDEN_LAYERS);
        for (int units : hiddenSizes) {
            SetupChecks.in("hiddenSizes (units)", units, 1, MAX_UNITS);
        }
        SetupChecks.in("batchSize", batchSize, 1, MAX_BATCH);
        SetupChecks.in("length", length, 1, MAX_LENGTH);
        SetupChecks.in("dropoutRatio", dropoutRatio, 0, Math.nextDown(1.0));
        SetupChecks.in("weightDecay", weightDecay, 0, MAX_WEIGHT_DECAY);
        SetupChecks.in("trainSize", trainSize, 1, MAX_TRAIN);
    }

    /** The editors' values as a setup. */
    public static TrainingLabSetup of(TrainingParameters p) {
        String init = p.init() instanceof WeightInit.FanIn fanIn ? fanIn.label() : String.valueOf(p.init().std(1));
        return new TrainingLabSetup(p.preset().id(), p.optimizer().id(), p.learningRate(), init,
                p.activation().cliName(), p.hiddenSizes(), p.batchSize(), p.length(), p.batchNorm(), p.dropoutRatio(),
                p.weightDecay(), p.trainSize(), p.seed());
    }

    /** The setup as the editors hold it. */
    public TrainingParameters parameters() {
        return new TrainingParameters(Preset.fromId(experiment), OptimizerKind.fromId(optimizer), learningRate,
                WeightInit.parse(init), Activation.parse(activation), hiddenSizes, batchSize, length, batchNorm,
                dropoutRatio, weightDecay, trainSize, seed);
    }
}
