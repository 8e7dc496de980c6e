package org.gradientlab.core.experiment.training;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * What every series of an experiment shares: the network, the optimizer, the mini-batches and
 * the seed. An experiment compares one thing (the optimizers, the inits, …); its compared values
 * replace the matching field here in each series.
 *
 * @param hiddenSizes  units of each hidden layer of the 784-…-10 network, 1 to 20 layers
 * @param activation   the hidden layers' activation
 * @param weightInit   how every W is drawn
 * @param batchNorm    batch normalization before each activation
 * @param dropoutRatio share of hidden units dropped in training, in [0, 1)
 * @param weightDecay  λ of the ½·λ·ΣW² penalty, finite and ≥ 0
 * @param optimizer    the update rule and its learning rate
 * @param batchSize    examples per mini-batch, in [1, 10 000]
 * @param trainSize    the first N training images are used, in [1, 60 000]
 * @param seed         everything random (weights, batches, dropout masks, sampled
 *                     hyperparameters, the validation split) derives from it
 */
public record TrainingSetup(List<Integer> hiddenSizes, Activation activation, WeightInit weightInit,
                            boolean batchNorm, double dropoutRatio, double weightDecay,
                            OptimizerSettings optimizer, int batchSize, int trainSize, long seed) {

    public static final int MAX_HIDDEN_LAYERS = 20;
    public static final int MAX_BATCH_SIZE = 10_000;
    public static final int MAX_TRAIN_SIZE = 60_000;

    public TrainingSetup {
        Objects.requireNonNull(hiddenSizes, "hiddenSizes");
        if (hiddenSizes.isEmpty() || hiddenSizes.size() > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("hidden layers must number 1 to " + MAX_HIDDEN_LAYERS + ", got "
                    + hiddenSizes.size());
        }
        Objects.requireNonNull(optimizer, "optimizer");
        Limits.requireIn("batch size", batchSize, 1, MAX_BATCH_SIZE);
        Limits.requireIn("training-set size", trainSize, 1, MAX_TRAIN_SIZE);
        // The network's own checks: layer sizes, activation, init, dropout ratio, λ.
        hiddenSizes = network(hiddenSizes, activation, weightInit, batchNorm, dropoutRatio, weightDecay, seed)
                .hiddenSizes();
    }

    /** The book's MultiLayerNet(Extend) defaults: ReLU, He init, no BN, no dropout, λ 0, SGD lr .01. */
    public static TrainingSetup book(int hiddenLayers, int batchSize, int trainSize) {
        return new TrainingSetup(Collections.nCopies(hiddenLayers, 100), Activation.RELU, WeightInit.HE, false,
                0, 0, OptimizerSettings.defaults(OptimizerKind.SGD), batchSize, trainSize, 0);
    }

    /** The 784-…-10 network of this setup, seeded with {@code networkSeed}. */
    public MultiLayerNetConfig network(long networkSeed) {
        return network(hiddenSizes, activation, weightInit, batchNorm, dropoutRatio, weightDecay, networkSeed);
    }

    private static MultiLayerNetConfig network(List<Integer> hiddenSizes, Activation activation, WeightInit init,
                                               boolean batchNorm, double dropoutRatio, double weightDecay,
                                               long seed) {
        return new MultiLayerNetConfig(Mnist.PIXELS, hiddenSizes, Mnist.CLASSES, activation, init, batchNorm,
                dropoutRatio, weightDecay, seed);
    }

    public TrainingSetup withHiddenSizes(List<Integer> value) {
        return new TrainingSetup(value, activation, weightInit, batchNorm, dropoutRatio, weightDecay, optimizer,
                batchSize, trainSize, seed);
    }

    public TrainingSetup withActivation(Activation value) {
        return new TrainingSetup(hiddenSizes, value, weightInit, batchNorm, dropoutRatio, weightDecay, optimizer,
                batchSize, trainSize, seed);
    }

    public TrainingSetup withWeightInit(WeightInit value) {
        return new TrainingSetup(hiddenSizes, activation, value, batchNorm, dropoutRatio, weightDecay, optimizer,
                batchSize, trainSize, seed);
    }

    public TrainingSetup withBatchNorm(boolean value) {
        return new TrainingSetup(hiddenSizes, activation, weightInit, value, dropoutRatio, weightDecay, optimizer,
                batchSize, trainSize, seed);
    }

    public TrainingSetup withDropoutRatio(double value) {
        return new TrainingSetup(hiddenSizes, activation, weightInit, batchNorm, value, weightDecay, optimizer,
                batchSize, trainSize, seed);
    }

    public TrainingSetup withWeightDecay(double value) {
        return new TrainingSetup(hiddenSizes, activation, weightInit, batchNorm, dropoutRatio, value, optimizer,
                batchSize, trainSize, seed);
    }

    public TrainingSetup withOptimizer(OptimizerSettings value) {
        return new TrainingSetup(hiddenSizes, activation, weightInit, batchNorm, dropoutRatio, weightDecay, value,
                batchSize, trainSize, seed);
    }

    public TrainingSetup withBatchSize(int value) {
        return new TrainingSetup(hiddenSizes, activation, weightInit, batchNorm, dropoutRatio, weightDecay, optimizer,
                value, trainSize, seed);
    }

    public TrainingSetup withTrainSize(int value) {
        return new TrainingSetup(hiddenSizes, activation, weightInit, batchNorm, dropoutRatio, weightDecay, optimizer,
                batchSize, value, seed);
    }

    public TrainingSetup withSeed(long value) {
        return new TrainingSetup(hiddenSizes, activation, weightInit, batchNorm, dropoutRatio, weightDecay, optimizer,
                batchSize, trainSize, value);
    }
}
