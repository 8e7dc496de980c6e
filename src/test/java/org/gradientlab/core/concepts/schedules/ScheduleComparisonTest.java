package org.gradientlab.core.concepts.schedules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.SeriesPlan;
import org.gradientlab.core.optim.LearningRateSchedule;
import org.junit.jupiter.api.Test;

class ScheduleComparisonTest {

    @Test
    void plansOneSeriesPerScheduleFromTheSameWeightsAndBatches() {
        ScheduleComparison comparison = ScheduleSettings.defaults().comparison(ScheduleComparison.lectureSetup());
        List<SeriesPlan> plans = comparison.plan(Mnist.bundled());

        assertEquals(List.of("constant", "step", "exponential", "inverse-time"), comparison.seriesNames());
        assertEquals(4, plans.size());
        for (SeriesPlan plan : plans) {
            assertEquals(plans.get(0).network(), plan.network());
            assertEquals(plans.get(0).batchSeed(), plan.batchSeed());
            assertEquals(2000, plan.schedule().iterations());
            assertEquals(1.0, plan.optimizer().learningRate());
        }
        assertEquals(new LearningRateSchedule.StepDecay(1.0, 500, 0.5), plans.get(1).learningRates());
        assertEquals(List.of(100), plans.get(0).network().hiddenSizes());
    }

    @Test
    void ratesListEveryUpdatesRate() {
        ScheduleComparison comparison = new ScheduleSettings(0.8, 2, 0.5, 0.1, 1, 5)
                .comparison(ScheduleComparison.lectureSetup());
        assertArrayEquals(new double[] {0.8, 0.8, 0.8, 0.8, 0.8}, comparison.rates(0));
        assertArrayEquals(new double[] {0.8, 0.8, 0.4, 0.4, 0.2}, comparison.rates(1));
        assertEquals(0.8 * Math.exp(-0.4), comparison.rates(2)[4], 1e-15);
        assertArrayEquals(new double[] {0.8, 0.4, 0.8 / 3, 0.2, 0.16}, comparison.rates(3), 1e-15);
    }

    @Test
    void settingsFailWithTheScheduleRecordsMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ScheduleSettings(0.1, 0, 0.5, 0.1, 0.1, 100));
        assertTrue(e.getMessage().startsWith("step decay interval k"), e.getMessage());
        var iterations = assertThrows(IllegalArgumentException.class,
                () -> new ScheduleSettings(0.1, 10, 0.5, 0.1, 0.1, 0));
        assertEquals("iterations must be in [1, 100000], got 0", iterations.getMessage());
    }

    @Test
    void rejectsRepeatedNamesAndEmptyRuns() {
        var run = new ScheduleComparison.Run("a", new LearningRateSchedule.Constant(0.1));
        var setup = ScheduleComparison.lectureSetup();
        assertThrows(IllegalArgumentException.class, () -> new ScheduleComparison(setup, List.of(run, run), 10));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleComparison(setup, List.of(), 10));
    }
}
