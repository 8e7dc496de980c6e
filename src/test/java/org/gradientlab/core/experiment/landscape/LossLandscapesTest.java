package org.gradientlab.core.experiment.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

/** The study on a small net and made-up data: the same code as for MNIST, at a thousandth of the cost. */
class LossLandscapesTest {

    private static final Dataset DATA = TinyLandscapeFixture.DATA;

    private static TrainedPath path(boolean batchNorm) {
        return TinyLandscapeFixture.path(batchNorm);
    }

    private static LandscapeResult study(TrainedPath path, PlaneKind kind, int threads) {
        LandscapeConfig config = LandscapeConfig.defaults().withGrid(7).withPlane(kind);
        Plane plane = LossLandscapes.plane(config, path, new SplittableRandom(4));
        LossEvaluator evaluator = new LossEvaluator(path.network(), path.layout(), DATA, threads);
        return LossLandscapes.measure(config, path, plane, evaluator, () -> false, p -> { });
    }

    /** The loss a fresh net gives at θ with the running statistics {@code stats}, in inference mode on DATA. */
    private static double netLoss(TrainedPath path, double[] theta, RunningStats stats) {
        MultiLayerNet net = new MultiLayerNet(path.network().withSeed(123));
        path.layout().assign(net, theta);
        stats.assign(net);
        return net.loss(DATA.imageMatrix(), DATA.labels(), false);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theLineAtAlphaZeroAndOneIsExactlyTheLossAtTheInitialAndFinalWeights(boolean batchNorm) {
        TrainedPath path = path(batchNorm);
        LandscapeResult result = study(path, PlaneKind.PCA, 2);
        assertEquals(0.0, result.line().alphas()[10]);
        assertEquals(1.0, result.line().alphas()[30]);
        assertEquals(netLoss(path, path.initial(), path.initialStats()), result.initialLoss());
        assertEquals(netLoss(path, path.last(), path.lastStats()), result.finalLoss());
        assertTrue(result.finalLoss() < result.initialLoss(), "training lowered the loss");
        // α = 0.5 is halfway: the loss there is the net's at the mean of the two.
        double[] half = new double[path.layout().size()];
        LossLandscapes.line(path.initial(), path.last(), 0.5, half);
        assertEquals(netLoss(path, half, RunningStats.between(path.initialStats(), path.lastStats(), 0.5)),
                result.line().losses()[20]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PCA", "RANDOM"})
    void theGridCentreIsTheFinalLossAndTheGridHasTheRequestedShape(String kind) {
        TrainedPath path = path(true);
        LandscapeResult result = study(path, PlaneKind.valueOf(kind), 2);
        LandscapeResult.Grid grid = result.grid();
        assertEquals(7, grid.xs().length);
        assertEquals(7, grid.losses().length);
        assertEquals(7, grid.losses()[3].length);
        assertEquals(0.0, grid.xs()[3]);
        assertEquals(0.0, grid.ys()[3]);
        assertEquals(result.finalLoss(), grid.losses()[3][3]);
        if (kind.equals("RANDOM")) {
            assertEquals(-1.0, grid.xs()[0]);
            assertEquals(1.0, grid.ys()[6]);
        }
    }

    @Test
    void thePathEndsAtTheCentreAndItsLossesAreTheNetsAtEachSnapshot() {
        TrainedPath path = path(false);
        LandscapeResult result = study(path, PlaneKind.PCA, 2);
        LandscapeResult.Path projected = result.path();
        int last = projected.xs().length - 1;
        assertEquals(13, projected.xs().length, "start, every 5 of 60 iterations");
        assertEquals(List.of(0, 5, 10), projected.iterations().subList(0, 3));
        assertEquals(0.0, projected.xs()[last], 1e-9);
        assertEquals(0.0, projected.ys()[last], 1e-9);
        assertTrue(projected.xs()[0] <= 0 && projected.ys()[0] <= 0, "the start is oriented to negative coordinates");
        // The PCA slice reaches past the path on both axes.
        for (int i = 0; i <= last; i++) {
            assertTrue(Math.abs(projected.xs()[i]) < result.grid().xs()[6]);
            assertTrue(Math.abs(projected.ys()[i]) < result.grid().ys()[6]);
        }
        assertEquals(netLoss(path, path.initial(), path.initialStats()), projected.losses()[0]);
        assertEquals(result.finalLoss(), projected.losses()[last]);
        assertTrue(result.explained()[0] >= result.explained()[1] && result.explained()[0] + result.explained()[1] <= 1 + 1e-12);
    }

    @Test
    void oneThreadAndTwoGiveTheSameNumbers() {
        TrainedPath path = path(true);
        LandscapeResult one = study(path, PlaneKind.RANDOM, 1);
        LandscapeResult two = study(path, PlaneKind.RANDOM, 2);
        assertArrayEquals(one.line().losses(), two.line().losses());
        for (int row = 0; row < 7; row++) {
            assertArrayEquals(one.grid().losses()[row], two.grid().losses()[row]);
        }
    }

    @Test
    void progressCountsEveryLossAndCancellingStopsTheMeasuring() {
        TrainedPath path = path(false);
        LandscapeConfig config = LandscapeConfig.defaults().withGrid(5);
        Plane plane = LossLandscapes.plane(config, path, new SplittableRandom(4));
        LossEvaluator evaluator = new LossEvaluator(path.network(), path.layout(), DATA, 2);
        List<LandscapeProgress> seen = new ArrayList<>();
        LossLandscapes.measure(config, path, plane, evaluator, () -> false, p -> {
            synchronized (seen) {
                seen.add(p);
            }
        });
        int total = 13 + LandscapeConfig.LINE_POINTS + 25;
        assertEquals(total, seen.size());
        assertTrue(seen.stream().allMatch(p -> p.total() == total));
        assertEquals(total, seen.stream().mapToInt(LandscapeProgress::done).max().orElseThrow());

        AtomicInteger measured = new AtomicInteger();
        assertThrows(CancellationException.class, () -> LossLandscapes.measure(config, path, plane, evaluator,
                () -> measured.get() >= 10, p -> measured.accumulateAndGet(p.done(), Math::max)));
        assertTrue(measured.get() < 10 + 2, "each thread stops before its next point: " + measured.get());
    }

    @Test
    void cancellingTheTrainingStopsItWithinOneIteration() {
        AtomicInteger iterations = new AtomicInteger();
        MultiLayerNetConfig network = MultiLayerNetConfig.of(6, List.of(8), 3, 7);
        assertThrows(CancellationException.class, () -> PathTrainer.train(network,
                OptimizerSettings.defaults(OptimizerKind.SGD), DATA, 10, 1000, 5, 3, () -> iterations.get() == 17,
                iterations::set));
        assertEquals(17, iterations.get());
    }
}
