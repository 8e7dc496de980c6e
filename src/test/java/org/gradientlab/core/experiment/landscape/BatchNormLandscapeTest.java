package org.gradientlab.core.experiment.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.data.BatchSampler;
import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.optim.Optimizer;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * A batch-norm net's landscape is measured as the net is used, in inference mode: the slice with
 * the final net's running statistics, the line with the statistics mixed as the weights are
 * (α clamped to [0, 1]), so its ends are the initial and the final net's own losses.
 */
class BatchNormLandscapeTest {
    private static final Dataset DATA = TinyLandscapeFixture.DATA;
    private static final MultiLayerNetConfig NETWORK = TinyLandscapeFixture.network(true);
    private static final OptimizerSettings ADAM = TinyLandscapeFixture.ADAM;

    private static TrainedPath path() {
        return TinyLandscapeFixture.path(true);
    }

    private static LandscapeResult study(TrainedPath path, Dataset measured) {
        LandscapeConfig config = LandscapeConfig.defaults().withGrid(5).withPlane(PlaneKind.RANDOM);
        Plane plane = LossLandscapes.plane(config, path, new SplittableRandom(4));
        return LossLandscapes.measure(config, path, plane, new LossEvaluator(path.network(), path.layout(), measured, 2),
                () -> false, p -> { });
    }

    @Test
    void theLineEndsAreTheInitialAndTheTrainedNetsOwnInferenceLosses() {
        // The same training, done here by hand with the book's loop, independent of PathTrainer.
        MultiLayerNet initial = new MultiLayerNet(NETWORK);
        double initialLoss = initial.loss(DATA.imageMatrix(), DATA.labels(), false);
        MultiLayerNet trained = new MultiLayerNet(NETWORK);
        Optimizer rule = ADAM.create();
        BatchSampler batches = new BatchSampler(DATA, 10, new SplittableRandom(3));
        for (int i = 0; i < 60; i++) {
            batches.next();
            trained.gradient(batches.x(), batches.t());
            rule.update(trained.parameters());
        }
        double finalLoss = trained.loss(DATA.imageMatrix(), DATA.labels(), false);

        LandscapeResult result = study(path(), DATA);
        assertEquals(initialLoss, result.initialLoss());
        assertEquals(finalLoss, result.finalLoss());
        assertEquals(finalLoss, result.grid().losses()[2][2], "the slice's centre is the trained net");
        assertNotEquals(trained.loss(DATA.imageMatrix(), DATA.labels(), true), finalLoss,
                "training mode, with the batch's own statistics, would give another number");
    }

    @Test
    void beyondItsEndsTheLineKeepsTheEndsStatistics() {
        TrainedPath path = path();
        LandscapeResult result = study(path, DATA);
        double[] theta = new double[path.layout().size()];
        LossEvaluator evaluator = new LossEvaluator(path.network(), path.layout(), DATA, 1);
        LossLandscapes.line(path.initial(), path.last(), 1.5, theta);
        assertEquals(evaluator.loss(theta, path.lastStats()), result.line().losses()[40], "α = 1.5");
        LossLandscapes.line(path.initial(), path.last(), -0.5, theta);
        assertEquals(evaluator.loss(theta, path.initialStats()), result.line().losses()[0], "α = −0.5");
    }

    @Test
    void theSliceDoesNotDependOnTheOrderOrTheNumberOfImagesMeasured() {
        TrainedPath path = path();
        LandscapeResult all = study(path, DATA);
        // Inference mode: each image's loss is its own, so the mean over all 60 is the mean of the
        // means over the first and the last 30, whatever their order.
        Dataset reversed = reversed(DATA);
        LandscapeResult backwards = study(path, reversed);
        LandscapeResult firstHalf = study(path, DATA.first(30));
        LandscapeResult lastHalf = study(path, reversed.first(30));
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                double whole = all.grid().losses()[row][col];
                assertEquals(whole, backwards.grid().losses()[row][col], 1e-9 * whole);
                double halves = (firstHalf.grid().losses()[row][col] + lastHalf.grid().losses()[row][col]) / 2;
                assertEquals(whole, halves, 1e-9 * whole, "cell " + row + "," + col);
            }
        }
    }

    private static Dataset reversed(Dataset data) {
        int n = data.count();
        int features = 6;
        float[] images = new float[n * features];
        int[] labels = new int[n];
        float[] source = data.imageMatrix().data;
        for (int i = 0; i < n; i++) {
            System.arraycopy(source, (n - 1 - i) * features, images, i * features, features);
            labels[i] = data.labels()[n - 1 - i];
        }
        return new Dataset(images, labels, n, features);
    }

    @Test
    void statisticsMixLikeTheWeightsWithAlphaClampedToTheLine() {
        RunningStats start = new RunningStats(List.of(new double[] {0, 2}), List.of(new double[] {0, 1}));
        RunningStats end = new RunningStats(List.of(new double[] {4, -2}), List.of(new double[] {2, 5}));
        RunningStats quarter = RunningStats.between(start, end, 0.25);
        assertArrayEquals(new double[] {1, 1}, quarter.means().get(0));
        assertArrayEquals(new double[] {0.5, 2}, quarter.vars().get(0));
        assertSame(start, RunningStats.between(start, end, 0));
        assertSame(start, RunningStats.between(start, end, -0.5), "never extrapolated: a variance stays >= 0");
        assertSame(end, RunningStats.between(start, end, 1));
        assertSame(end, RunningStats.between(start, end, 1.5));
        assertThrows(IllegalArgumentException.class, () -> RunningStats.between(start, RunningStats.NONE, 0.5));
    }

    @Test
    void thePathKeepsTheStatisticsOfEachSnapshotAndANetWithoutBatchNormHasNone() {
        TrainedPath path = path();
        assertEquals(path.snapshots().size(), path.stats().size());
        assertTrue(path.initialStats().means().stream().allMatch(m -> java.util.Arrays.stream(m).allMatch(v -> v == 0)),
                "a fresh net's running mean starts at zero, as in the book");
        assertEquals(2, path.lastStats().means().size(), "two batch-norm layers");
        TrainedPath plain = PathTrainer.train(NETWORK.withBatchNorm(false), ADAM, DATA, 10, 20, 5, 3, () -> false,
                done -> { });
        assertTrue(plain.stats().stream().allMatch(s -> s.equals(RunningStats.NONE)
                || s.means().isEmpty()), "no batch norm, no statistics");
    }
}
