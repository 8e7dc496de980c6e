package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.nn.LayerProbe;
import org.gradientlab.core.nn.LayerStats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Per-layer statistics taken while the init comparison trains on real MNIST. */
class LayerStatsTrainingTest {
    private static final Mnist DATA = Mnist.bundled();
    private static final ExperimentRunner RUNNER = new ExperimentRunner(2);

    @AfterAll
    static void stopThreads() {
        RUNNER.close();
    }

    private static void run(ExperimentConfig config, ProgressListener listener) throws InterruptedException {
        RUNNER.run(config, DATA, new RunControl(), listener);
    }

    @Test
    void takingStatisticsEveryIterationLeavesEveryLossAndAccuracyAsWithout() throws InterruptedException {
        InitComparison config = InitComparison.book().withLength(30).withEvaluateEvery(10);
        ProgressLog plain = new ProgressLog();
        LayerStatsLog probed = new LayerStatsLog(1);
        run(config, plain);
        run(config, probed);

        for (int s = 0; s < 3; s++) {
            List<Progress> expected = plain.series(s);
            List<Progress> actual = probed.progress().series(s);
            assertEquals(30, actual.size());
            for (int i = 0; i < expected.size(); i++) {
                Progress e = expected.get(i);
                Progress a = actual.get(i);
                assertEquals(e.loss(), a.loss(), "exactly the same loss at " + e);
                assertEquals(e.trainAccuracy(), a.trainAccuracy());
                assertEquals(e.testAccuracy(), a.testAccuracy());
            }
        }
        assertEquals(3 * 30, probed.records().size());
    }

    @Test
    void statisticsArriveAtIterationOneAndEveryNthWithOneRowPerLayer() throws InterruptedException {
        LayerStatsLog log = new LayerStatsLog(10);
        run(InitComparison.book().withLength(25), log);

        List<LayerStatsRecord> records = log.records();
        assertEquals(List.of(1, 10, 20, 1, 10, 20, 1, 10, 20),
                records.stream().map(LayerStatsRecord::iteration).toList());
        assertEquals(List.of("std=0.01", "xavier", "he"),
                records.stream().map(LayerStatsRecord::series).distinct().toList());
        for (LayerStatsRecord record : records) {
            assertEquals(5, record.layers().size(), "4 hidden layers and the output layer");
            for (LayerStats layer : record.layers().subList(0, 4)) {
                assertEquals(128 * 100, Arrays.stream(layer.counts()).sum(), "every activation of the batch");
                assertEquals(LayerProbe.BINS, layer.bins());
            }
            assertEquals(10, record.layers().get(4).units());
        }
    }

    /**
     * The book's figure 6-14 story, seen from inside: with std 0.01 the activations shrink by
     * about 10× per layer and every update is some 1e-7 of its weights (training stalls); He
     * keeps every layer's activations spread and its updates within a decade of CS231n's 1e-3.
     */
    @Test
    void stdPointZeroOneCollapsesTheDeepActivationsWhileHeKeepsThemAlive() throws InterruptedException {
        LayerStatsLog log = new LayerStatsLog(50);
        run(InitComparison.book().withLength(100), log);
        for (LayerStatsRecord r : log.records()) {
            List<LayerStats> hidden = r.layers().subList(0, 4);
            if (r.series().equals("std=0.01")) {
                assertTrue(hidden.get(3).std() < 1e-3, r.toString());
                for (LayerStats layer : hidden.subList(1, 4)) {
                    assertEquals(128 * 100, layer.count(0), "every output in the lowest bin: " + layer);
                }
                for (LayerStats layer : r.layers()) {
                    assertTrue(layer.updateRatio() < 1e-5, "stalled: " + layer);
                }
            } else if (r.series().equals("he")) {
                for (LayerStats layer : hidden) {
                    assertTrue(layer.std() > 0.1, layer.toString());
                    assertTrue(Arrays.stream(layer.counts()).filter(c -> c > 0).count() >= 10,
                            "spread over at least 10 bins: " + layer);
                    assertTrue(layer.deadShare() < 0.2, layer.toString());
                }
                for (LayerStats layer : r.layers()) {
                    assertTrue(layer.updateRatio() > 1e-4 && layer.updateRatio() < 1e-2, layer.toString());
                }
            }
        }
    }

    @Test
    void aLiveViewSamplesEveryTwentyIterationsOrAtMostThreeHundredTimesPerSeries() {
        assertEquals(20, LayerStatsRecord.liveEvery(2000));
        assertEquals(20, LayerStatsRecord.liveEvery(6000));
        assertEquals(21, LayerStatsRecord.liveEvery(6001));
        assertEquals(40, LayerStatsRecord.liveEvery(12_000));
        assertTrue(LayerStatsRecord.sampled(1, 20) && LayerStatsRecord.sampled(40, 20)
                && !LayerStatsRecord.sampled(30, 20) && !LayerStatsRecord.sampled(1, 0));
    }
}
