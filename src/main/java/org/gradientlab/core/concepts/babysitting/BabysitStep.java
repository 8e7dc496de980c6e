package org.gradientlab.core.concepts.babysitting;

import java.util.List;
import java.util.Objects;

import org.gradientlab.core.experiment.training.TrainingSetup;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * One sanity check of "babysitting the learning process" (CS231n lecture 6) on the lecture's
 * two-layer net, which is the book's ch05 TwoLayerNet: 784-50-10, ReLU, W ~ N(0, 0.01²),
 * plain SGD. The lecture draws W with std 0.0001 on CIFAR-10; 0.01 is the book's
 * {@code weight_init_std} for MNIST and still gives scores close enough to 0 for ln 10.
 *
 * @param id           stable name: "initial-loss", "regularization", …
 * @param check        what the lecture expects
 * @param threshold    the check's number: tolerance, loss bound or ratio (see {@link Check})
 * @param weightInit   how W1 and W2 are drawn
 * @param weightDecay  λ of the core's ½·λ·ΣW² penalty, finite and ≥ 0
 * @param learningRate SGD's lr, finite and &gt; 0 (unused by the steps that do not train)
 * @param trainSize    the first N training images: evaluated, or trained on, in [1, 60 000]
 * @param batchSize    examples per mini-batch, in [1, min(10 000, …)]
 * @param iterations   SGD updates; 0 exactly when the check does not train, else in [1, 100 000]
 */
public record BabysitStep(String id, Check check, double threshold, WeightInit weightInit, double weightDecay,
                          double learningRate, int trainSize, int batchSize, int iterations) {

    public static final int HIDDEN_SIZE = 50;
    public static final int MAX_ITERATIONS = 100_000;
    /** The book's ch05 TwoLayerNet: weight_init_std 0.01, SGD lr 0.1, batch 100. */
    public static final double BOOK_STD = 0.01;
    public static final double BOOK_LEARNING_RATE = 0.1;
    public static final int BOOK_BATCH = 100;

    public BabysitStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(weightInit, "weightInit");
        if (!(threshold >= 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("threshold must be a finite number >= 0, got " + threshold);
        }
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + learningRate);
        }
        int minIterations = check.trains() ? 1 : 0;
        int maxIterations = check.trains() ? MAX_ITERATIONS : 0;
        if (iterations < minIterations || iterations > maxIterations) {
            throw new IllegalArgumentException("iterations of step " + id + " must be in [" + minIterations + ", "
                    + maxIterations + "], got " + iterations);
        }
        // λ, sizes and batch are checked by the core's own setup (fields are not assigned yet).
        setup(weightInit, weightDecay, learningRate, batchSize, trainSize, 0);
    }

    /**
     * The lecture's checklist in order, on MNIST. Tolerances and ratios:
     * <ul>
     * <li>initial loss: scores of spread σ give about ln 10 + 0.45·σ² (second-order expansion of
     *     log-sum-exp), so ± 0.02 accepts σ up to about 0.2: "small weights"; std 0.01 gives σ ≈ 0.005;</li>
     * <li>λ = 0.1, the book's weight-decay value (ch06), adds ½·0.1·ΣW² ≈ 0.2 for 39 700 weights of
     *     std 0.01, as the lecture's λ = 1e3 added 0.77 to its 153 600 weights of std 0.0001;</li>
     * <li>overfitting 20 images: accuracy 1.00 and final loss ≤ 0.05 (the lecture reached 0.0026);</li>
     * <li>lr 1e-6: the loss moves less than 1 % (the lecture: 2.302576 → 2.302420, 0.007 %);</li>
     * <li>lr 1e6: NaN or a peak above 3 × the start, the lecture's rule for breaking out early. The
     *     lecture saw NaN; the book's cross-entropy, −log(y + 1e-7), stays finite, so here the loss
     *     rather jumps to about 1e34 through the ½·λ·ΣW² of the blown-up weights;</li>
     * <li>lr 0.1 (the book's): the loss falls to half its start or lower within 300 mini-batches.</li>
     * </ul>
     * Steps 4–6 keep the lecture's "small regularization" λ = 1e-6.
     */
    public static List<BabysitStep> lecture() {
        WeightInit small = WeightInit.ofStd(BOOK_STD);
        int all = TrainingSetup.MAX_TRAIN_SIZE;
        return List.of(
                new BabysitStep("initial-loss", Check.NEAR_CHANCE, 0.02, small, 0, BOOK_LEARNING_RATE, all,
                        BOOK_BATCH, 0),
                new BabysitStep("regularization", Check.ABOVE_BASELINE, 0, small, 0.1, BOOK_LEARNING_RATE, all,
                        BOOK_BATCH, 0),
                new BabysitStep("overfit", Check.MEMORIZES, 0.05, small, 0, BOOK_LEARNING_RATE, 20, 20, 300),
                new BabysitStep("lr-too-low", Check.BARELY_MOVES, 0.01, small, 1e-6, 1e-6, all, BOOK_BATCH, 200),
                new BabysitStep("lr-too-high", Check.EXPLODES, 3, small, 1e-6, 1e6, all, BOOK_BATCH, 100),
                new BabysitStep("lr-right", Check.DROPS, 0.5, small, 1e-6, BOOK_LEARNING_RATE, all, BOOK_BATCH, 300));
    }

    /** The 784-50-10 ReLU network with this step's init and λ, weights seeded by {@code seed}. */
    public MultiLayerNetConfig network(long seed) {
        return setup(seed).network(seed);
    }

    /** The core's training setup of this step: SGD at {@link #learningRate()}. */
    public TrainingSetup setup(long seed) {
        return setup(weightInit, weightDecay, learningRate, batchSize, trainSize, seed);
    }

    private static TrainingSetup setup(WeightInit init, double weightDecay, double learningRate, int batchSize,
                                       int trainSize, long seed) {
        return new TrainingSetup(List.of(HIDDEN_SIZE), Activation.RELU, init, false, 0, weightDecay,
                OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(learningRate), batchSize, trainSize,
                seed);
    }

    public BabysitStep withWeightInit(WeightInit value) {
        return new BabysitStep(id, check, threshold, value, weightDecay, learningRate, trainSize, batchSize,
                iterations);
    }

    public BabysitStep withLearningRate(double value) {
        return new BabysitStep(id, check, threshold, weightInit, weightDecay, value, trainSize, batchSize,
                iterations);
    }

    public BabysitStep withIterations(int value) {
        return new BabysitStep(id, check, threshold, weightInit, weightDecay, learningRate, trainSize, batchSize,
                value);
    }

    public BabysitStep withTrainSize(int value) {
        return new BabysitStep(id, check, threshold, weightInit, weightDecay, learningRate, value, batchSize,
                iterations);
    }
}
