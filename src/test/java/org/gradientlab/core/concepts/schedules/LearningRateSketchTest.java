package org.gradientlab.core.concepts.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ExperimentResult;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.experiment.training.ProgressLog;
import org.gradientlab.core.experiment.RunControl;
import org.gradientlab.core.experiment.training.SeriesResult;
import org.junit.jupiter.api.Test;

/** The lecture's loss-vs-lr sketch, from real MNIST runs of the page's net. */
class LearningRateSketchTest {

    /** Mean loss of the last 50 records, or +∞ for a series that diverged. */
    private static double endLoss(List<Progress> records) {
        if (records.get(records.size() - 1).diverged()) {
            return Double.POSITIVE_INFINITY;
        }
        return records.subList(records.size() - 50, records.size()).stream().mapToDouble(Progress::loss)
                .average().orElseThrow();
    }

    @Test
    void fourRatesGiveTheLecturesFourShapes() throws Exception {
        ScheduleComparison sketch = LearningRateSketch.comparison(ScheduleComparison.lectureSetup(),
                LearningRateSketch.ITERATIONS);
        ProgressLog log = new ProgressLog();
        ExperimentResult result;
        try (ExperimentRunner runner = new ExperimentRunner(2)) {
            result = sketch.start(runner, Mnist.bundled(), new RunControl(), log).get();
        }
        List<List<Progress>> series = List.of(log.series(0), log.series(1), log.series(2), log.series(3));
        double start = series.get(0).get(0).loss();
        double[] end = series.stream().mapToDouble(LearningRateSketchTest::endLoss).toArray();
        String report = "start " + start + ", ends " + java.util.Arrays.toString(end);

        for (List<Progress> records : series) {
            assertEquals(start, records.get(0).loss(), "same weights, same first batch");
        }
        // very high: blows up, ending above where it started
        assertTrue(end[0] > start, report);
        // good: the lowest of all
        for (int i = 0; i < 3; i++) {
            assertTrue(end[3] < end[i], report);
        }
        // low: among the runs that did not diverge, the smallest drop, and still a drop
        assertTrue(end[2] < start, report);
        for (int i : new int[] {1, 3}) {
            if (result.series().get(i).status() != SeriesResult.Status.DIVERGED) {
                assertTrue(start - end[2] < start - end[i], report);
            }
        }
        // high: stuck well above good
        assertTrue(end[1] > 2 * end[3], report);
    }
}
