package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.RunControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Real MNIST: the sample predictions a series publishes with each evaluation. */
class PredictionsTest {
    private static final Mnist DATA = Mnist.bundled();
    private static final ExperimentRunner RUNNER = new ExperimentRunner(2);

    @AfterAll
    static void stopThreads() {
        RUNNER.close();
    }

    /** Keeps both kinds of record. */
    private static final class Recorder {
        final ProgressLog log = new ProgressLog();
        final List<Predictions> predictions = new CopyOnWriteArrayList<>();
        final ProgressListener listener = ProgressListener.of(log::onProgress, predictions::add);
    }

    @Test
    void predictionsOnATwentyImageTestSetScoreExactlyItsMeasuredAccuracy() throws InterruptedException {
        // The test set is the sample itself, so right/20 must equal the accuracy measured at that point.
        Dataset sample = DATA.test().first(Predictions.SAMPLE_SIZE);
        TrainingSetup setup = OptimizerComparison.book().setup().withTrainSize(1000);
        SeriesPlan plan = Plans.epochSeries("sgd", setup, DATA.train().first(1000), sample, null, 4);
        Recorder recorder = new Recorder();
        ExperimentRunner.await(RUNNER.start(OptimizerComparison.book(), List.of(plan), new RunControl(), recorder.listener),
                new RunControl());

        List<Progress> evaluated = recorder.log.series(0).stream().filter(Progress::evaluated).toList();
        assertEquals(4, evaluated.size());
        assertEquals(evaluated.stream().map(Progress::iteration).toList(),
                recorder.predictions.stream().map(Predictions::iteration).toList());
        for (int i = 0; i < evaluated.size(); i++) {
            Predictions p = recorder.predictions.get(i);
            assertEquals(evaluated.get(i).epoch(), p.epoch());
            assertEquals(evaluated.get(i).testAccuracy(), p.right() / (double) Predictions.SAMPLE_SIZE, 1e-12,
                    "epoch " + p.epoch());
            assertArrayEquals(sample.labels(), p.sample().labels());
        }
        assertTrue(java.util.Arrays.stream(recorder.predictions.get(3).labels()).allMatch(l -> l >= 0 && l < 10));
    }

    @Test
    void iterationSeriesPublishAtEachEvaluationOnTheFirstTwentyTestImages() throws InterruptedException {
        Recorder recorder = new Recorder();
        RUNNER.run(OptimizerComparison.book().withLength(20).withEvaluateEvery(10), DATA, new RunControl(), recorder.listener);

        Map<Integer, List<Integer>> bySeries = recorder.predictions.stream().collect(Collectors.groupingBy(
                Predictions::seriesIndex, ConcurrentHashMap::new,
                Collectors.mapping(Predictions::iteration, Collectors.toList())));
        for (int s = 0; s < 4; s++) {
            List<Integer> evaluated = recorder.log.series(s).stream().filter(Progress::evaluated)
                    .map(Progress::iteration).toList();
            assertEquals(List.of(10, 20), evaluated);
            assertEquals(evaluated, bySeries.get(s));
        }
        for (Predictions p : recorder.predictions) {
            assertEquals(-1, p.epoch());
            assertArrayEquals(DATA.test().first(Predictions.SAMPLE_SIZE).images(), p.sample().images());
        }
    }

    @Test
    void rejectsLabelsThatDoNotMatchTheSample() {
        Dataset sample = DATA.test().first(3);
        assertThrows(IllegalArgumentException.class, () -> new Predictions("a", 0, 1, -1, sample, new int[2]));
    }
}
