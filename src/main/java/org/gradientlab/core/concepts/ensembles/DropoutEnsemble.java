package org.gradientlab.core.concepts.ensembles;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;

/**
 * Dropout as an ensemble (CS231n lecture 7): every mask is one model of a huge ensemble that
 * shares its weights, and the test-time output should be the expectation over masks,
 * E_z[f(x, z)]. The book's Dropout approximates it in one pass by scaling each unit by
 * (1 − ratio) ({@code predict(x, false)}); here it is also estimated the direct way, as the mean
 * softmax of M passes with fresh masks ({@code predict(x, true)}).
 */
public final class DropoutEnsemble {
    private DropoutEnsemble() {}

    /**
     * Trains the net, measures the scaled prediction, then averages M masked passes.
     * {@code onIteration} gets the training updates done; {@code onPass} after each pass m gets
     * the result so far, which is exactly the result of the same config with m passes.
     *
     * @throws CancellationException when {@code cancelled} turns true (checked every iteration and pass)
     */
    public static DropoutEnsembleResult run(DropoutEnsembleConfig config, Mnist data, BooleanSupplier cancelled,
                                            IntConsumer onIteration, Consumer<DropoutEnsembleResult> onPass) {
        SmallNet setup = config.net();
        SplittableRandom seeds = new SplittableRandom(config.seed());
        long netSeed = seeds.nextLong();
        long batchSeed = seeds.nextLong();
        MultiLayerNet net = SmallNetTrainer.train(setup, data.train(), config.dropoutRatio(), netSeed, batchSeed,
                cancelled, onIteration);
        Dataset test = data.test().first(setup.testSize());
        Matrix x = test.imageMatrix();
        double scaled = ProbabilitySum.accuracy(ProbabilitySum.predict(net, x, false), test.labels());
        // The net's Dropout layers draw a new mask on every training-mode forward.
        MaskedPasses passes = new MaskedPasses(net, x);
        ProbabilitySum sum = new ProbabilitySum(test.count(), Mnist.CLASSES);
        List<Double> averaged = new ArrayList<>();
        List<Double> single = new ArrayList<>();
        for (int m = 1; m <= config.passes(); m++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("dropout passes cancelled");
            }
            Matrix p = passes.next();
            single.add(ProbabilitySum.accuracy(p, test.labels()));
            sum.add(p);
            averaged.add(sum.accuracy(test.labels()));
            onPass.accept(new DropoutEnsembleResult(config.withPasses(m), scaled, averaged, single));
        }
        return new DropoutEnsembleResult(config, scaled, averaged, single);
    }

    /** Training iterations plus passes: the steps of a run, for a progress bar. */
    public static int steps(DropoutEnsembleConfig config) {
        return config.net().iterations() + config.passes();
    }
}
