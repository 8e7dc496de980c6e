package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Real MNIST, few iterations: what the runner does, not how fast. */
class ExperimentRunnerTest {
    private static final Mnist DATA = Mnist.bundled();
    private static final ExperimentRunner RUNNER = new ExperimentRunner(2);

    @AfterAll
    static void stopThreads() {
        RUNNER.close();
    }

    private static ExperimentResult run(ExperimentConfig config, ProgressListener listener) throws InterruptedException {
        return RUNNER.run(config, DATA, new RunControl(), listener);
    }

    private static OptimizerSettings sgd(double lr) {
        return OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(lr);
    }

    /** The records without their wall-clock time, which no seed fixes. */
    private static List<Progress> timeless(List<Progress> records) {
        return records.stream().map(p -> new Progress(p.series(), p.seriesIndex(), p.iteration(), p.epoch(), p.loss(),
                p.trainAccuracy(), p.testAccuracy(), p.validationAccuracy(), 0, p.diverged())).toList();
    }

    /** Iteration, loss and accuracies of each record, bit for bit. */
    private static List<List<Double>> numbers(List<Progress> records) {
        return records.stream().map(p -> List.of((double) p.iteration(), p.loss(), p.trainAccuracy(),
                p.testAccuracy())).toList();
    }

    private static double meanLoss(List<Progress> records, int from, int to) {
        return records.subList(from, to).stream().mapToDouble(Progress::loss).average().orElseThrow();
    }

    @Test
    void trainingLowersTheLossAndSgdLagsBehindTheOthers() throws InterruptedException {
        ProgressLog log = new ProgressLog();
        ExperimentResult result = run(OptimizerComparison.book().withLength(150), log);

        assertEquals(4 * 150, log.size());
        for (int s = 0; s < 4; s++) {
            List<Progress> records = log.series(s);
            double start = records.get(0).loss();
            double end = meanLoss(records, 130, 150);
            assertTrue(start > 2.0 && end < 0.5 * start, records.get(0).series() + ": " + start + " → " + end);
        }
        SeriesResult sgd = result.series().get(0);
        for (SeriesResult other : result.series().subList(1, 4)) {
            assertTrue(sgd.finalLoss() > 1.5 * other.finalLoss(), sgd + " vs " + other);
            assertTrue(other.testAccuracy() > sgd.testAccuracy() && other.testAccuracy() > 0.8, other.toString());
            assertEquals(SeriesResult.Status.COMPLETED, other.status());
        }
        // Accuracies only on the last record (evaluateEvery 0), on the full test set.
        Progress last = log.series(3).get(149);
        assertTrue(last.evaluated() && !log.series(3).get(148).evaluated());
        assertEquals(Math.round(last.testAccuracy() * 10_000), last.testAccuracy() * 10_000, 1e-6);
    }

    @Test
    void checkpointsMeasureTheFirstTenThousandImagesAndTheLastRecordAllOfThem() throws InterruptedException {
        // 10 007 training images: k / 10 000 times 10 007 is whole only for k = 0 or 10 000.
        InitComparison config = InitComparison.book().withLength(20).withEvaluateEvery(10)
                .withSetup(InitComparison.book().setup().withTrainSize(10_007));
        ProgressLog log = new ProgressLog();
        run(config, log);
        for (int s = 0; s < 3; s++) {
            double checkpoint = log.series(s).get(9).trainAccuracy();
            double last = log.series(s).get(19).trainAccuracy();
            assertEquals(Math.round(checkpoint * 10_000), checkpoint * 10_000, 1e-6, "checkpoint on 10 000 images");
            assertEquals(Math.round(last * 10_007), last * 10_007, 1e-6, "last record on all 10 007");
            if (checkpoint > 0 && checkpoint < 1) {
                assertNotEquals(Math.round(checkpoint * 10_007), checkpoint * 10_007, 1e-6);
            }
        }
    }

    @Test
    void theSameSeedRepeatsEveryNumberAndAnotherSeedDoesNot() throws InterruptedException {
        InitComparison config = InitComparison.book().withLength(20).withEvaluateEvery(10)
                .withSetup(InitComparison.book().setup().withTrainSize(2000));
        ProgressLog first = new ProgressLog();
        ProgressLog second = new ProgressLog();
        ProgressLog otherSeed = new ProgressLog();
        run(config, first);
        run(config, second);
        run(config.withSetup(config.setup().withSeed(1)), otherSeed);
        for (int s = 0; s < 3; s++) {
            assertEquals(20, first.series(s).size());
            assertEquals(timeless(first.series(s)), timeless(second.series(s)));
            assertNotEquals(timeless(first.series(s)), timeless(otherSeed.series(s)));
        }
    }

    @Test
    void everySeriesTakesTheSameBatchAtEachIteration() throws InterruptedException {
        // Momentum with α = 0 is SGD: equal losses all along only if the batches are equal too.
        OptimizerSettings plainMomentum = OptimizerSettings.defaults(OptimizerKind.MOMENTUM).withMomentum(0);
        OptimizerComparison config = OptimizerComparison.book().withLength(40)
                .withOptimizers(List.of(sgd(0.01), plainMomentum, OptimizerSettings.defaults(OptimizerKind.ADAM)));
        ProgressLog log = new ProgressLog();
        run(config, log);
        List<Double> sgdLosses = log.series(0).stream().map(Progress::loss).toList();
        assertEquals(sgdLosses, log.series(1).stream().map(Progress::loss).toList());
        assertEquals(sgdLosses.get(0), log.series(2).get(0).loss(), "same first batch, same initial weights");
        assertNotEquals(sgdLosses.get(39), log.series(2).get(39).loss());
    }

    @Test
    void aSeriesTrainedBesideOthersThatShareItsBatchesEqualsItTrainedAlone() throws InterruptedException {
        OptimizerComparison config = OptimizerComparison.book().withLength(60).withEvaluateEvery(30)
                .withSetup(OptimizerComparison.book().setup().withTrainSize(3000));
        ProgressLog together = new ProgressLog();
        run(config, together);
        for (int s = 0; s < 4; s++) {
            ProgressLog alone = new ProgressLog();
            run(config.withOptimizers(List.of(config.optimizers().get(s))), alone);
            assertEquals(numbers(alone.series(0)), numbers(together.series(s)));
        }
    }

    @Test
    void cancelStopsEverySeriesWithinOneIteration() throws InterruptedException {
        RunControl control = new RunControl();
        Map<Integer, Integer> counts = new ConcurrentHashMap<>();
        Map<Integer, Integer> atCancel = new ConcurrentHashMap<>();
        ProgressListener listener = p -> {
            counts.merge(p.seriesIndex(), 1, Integer::sum);
            if (p.seriesIndex() == 0 && p.iteration() == 5) {
                control.cancel();
                atCancel.putAll(counts);
            }
        };
        ExperimentResult result = RUNNER.run(OptimizerComparison.book().withLength(500), DATA, control, listener);

        assertTrue(result.cancelled());
        assertEquals(5, counts.get(0));
        for (SeriesResult series : result.series()) {
            assertEquals(SeriesResult.Status.CANCELLED, series.status());
            int before = atCancel.getOrDefault(series.seriesIndex(), 0);
            assertTrue(series.iterations() <= before + 1, series + " ran on after cancel from " + before);
            assertEquals(series.iterations(), counts.getOrDefault(series.seriesIndex(), 0));
        }
    }

    @Test
    void pauseHoldsEverySeriesUntilResumed() throws Exception {
        RunControl control = new RunControl();
        ProgressLog log = new ProgressLog();
        Map<Integer, Integer> atPause = new ConcurrentHashMap<>();
        ProgressListener listener = p -> {
            log.onProgress(p);
            if (p.seriesIndex() == 0 && p.iteration() == 10) {
                control.pause();
                for (int s = 0; s < 3; s++) {
                    atPause.put(s, log.series(s).size());
                }
            }
        };
        InitComparison config = InitComparison.book().withLength(60);
        var future = RUNNER.start(config, DATA, control, listener);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (atPause.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(300);
        int heldRecords = log.size();
        Thread.sleep(300);
        assertEquals(heldRecords, log.size(), "nothing trains while paused");
        assertFalse(future.isDone());
        for (int s = 0; s < 3; s++) {
            assertTrue(log.series(s).size() <= atPause.get(s) + 1, "series " + s);
        }
        control.resume();
        ExperimentResult result = future.get(60, TimeUnit.SECONDS);
        assertFalse(result.cancelled());
        for (int s = 0; s < 3; s++) {
            assertEquals(60, log.series(s).size());
        }
    }

    @Test
    void aDivergingSeriesEndsWithADivergedRecordWhileTheOthersGoOn() throws InterruptedException {
        OptimizerComparison config = OptimizerComparison.book().withLength(100)
                .withOptimizers(List.of(sgd(10), OptimizerSettings.defaults(OptimizerKind.ADAM)));
        ProgressLog log = new ProgressLog();
        ExperimentResult result = run(config, log);

        List<Progress> diverging = log.series(0);
        Progress last = diverging.get(diverging.size() - 1);
        assertTrue(last.diverged() && !Double.isFinite(last.loss()), last.toString());
        assertTrue(diverging.subList(0, diverging.size() - 1).stream().noneMatch(Progress::diverged));
        assertEquals(SeriesResult.Status.DIVERGED, result.series().get(0).status());
        assertEquals(last.iteration() - 1, result.series().get(0).iterations());
        assertEquals(100, log.series(1).size());
        assertEquals(SeriesResult.Status.COMPLETED, result.series().get(1).status());
        assertFalse(result.cancelled());
    }

    @Test
    void epochExperimentsMeasureTrainAndTestAccuracyOncePerEpoch() throws InterruptedException {
        ProgressLog log = new ProgressLog();
        // 1000 test images keep the evaluations short.
        Mnist smallTest = new Mnist(DATA.train(), DATA.test().first(1000));
        RUNNER.run(RegularizationComparison.book(RegularizationComparison.Regularizer.WEIGHT_DECAY).withLength(3), smallTest, new RunControl(), log);
        for (int s = 0; s < 2; s++) {
            List<Progress> records = log.series(s);
            assertEquals(7, records.size(), "(3 − 1) epochs × 3 iterations + 1");
            List<Integer> epochs = new ArrayList<>();
            for (Progress p : records) {
                assertEquals(p.epoch() >= 0, p.evaluated());
                if (p.epoch() >= 0) {
                    epochs.add(p.epoch());
                    assertTrue(p.trainAccuracy() >= 0 && p.testAccuracy() >= 0);
                    assertTrue(Double.isNaN(p.validationAccuracy()));
                }
            }
            assertEquals(List.of(0, 1, 2), epochs);
        }
    }

    @Test
    void hyperparameterTrialsRankByValidationAccuracy() throws InterruptedException {
        HyperparameterSearch search = HyperparameterSearch.book().withTrials(4).withLength(2);
        ExperimentResult result = run(search, ProgressListener.NONE);
        List<SeriesResult> best = HyperparameterSearch.best(result, 3);
        assertEquals(3, best.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(best.get(i).validationAccuracy() >= 0 && Double.isNaN(best.get(i).testAccuracy()));
            if (i > 0) {
                assertTrue(best.get(i - 1).validationAccuracy() >= best.get(i).validationAccuracy());
            }
        }
        SeriesResult first = result.series().get(0);
        // 400 training images (100 held out) in batches of 100, 2 epochs: 1 + 1 × 4 updates.
        assertEquals(5, search.iterationsPerSeries());
        result.series().forEach(s -> assertEquals(search.iterationsPerSeries(), s.iterations(), s.series()));
        assertEquals(search.trialDraws().get(0).learningRate(), first.optimizer().learningRate());
        assertEquals(search.trialDraws().get(0).weightDecay(), first.network().weightDecay());
    }

    @Test
    void moreSeriesThanActiveSlotsAllRunInOrder() throws InterruptedException {
        // Scales at which the net without batch norm does not blow up (at 1 it does, in float).
        BatchNormComparison config = BatchNormComparison.book().withWeightScales(List.of(0.1, 0.05, 0.01)).withLength(2)
                .withSetup(BatchNormComparison.book().setup().withTrainSize(300));
        try (ExperimentRunner oneThread = new ExperimentRunner(1)) {
            assertTrue(oneThread.maxActiveSeries() < 6);
            ExperimentResult result = oneThread.run(config, DATA, new RunControl(), ProgressListener.NONE);
            assertEquals(config.seriesNames(), result.series().stream().map(SeriesResult::series).toList());
            for (SeriesResult series : result.series()) {
                assertEquals(SeriesResult.Status.COMPLETED, series.status());
                assertEquals(4, series.iterations());
                assertTrue(Double.isNaN(series.testAccuracy()) && series.trainAccuracy() >= 0);
            }
        }
    }

    @Test
    void closingTheRunnerEndsARunningExperiment() throws InterruptedException {
        ExperimentRunner runner = new ExperimentRunner(1);
        CountDownLatch started = new CountDownLatch(1);
        var future = runner.start(InitComparison.book().withLength(100_000), DATA, new RunControl(),
                p -> started.countDown());
        assertTrue(started.await(30, TimeUnit.SECONDS));
        runner.close();
        assertThrows(CancellationException.class, () -> future.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aListenerThatThrowsFailsTheRun() {
        IllegalStateException boom = new IllegalStateException("listener broke");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> run(InitComparison.book().withLength(50), p -> {
                    throw boom;
                }));
        assertSame(boom, thrown);
    }
}
