package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static List<Integer> evaluatedIterations(Schedule schedule) {
        List<Integer> evaluated = new ArrayList<>();
        for (int i = 1; i <= schedule.iterations(); i++) {
            if (schedule.evaluatesAfter(i)) {
                evaluated.add(i);
            }
        }
        return evaluated;
    }

    @Test
    void byEpochEvaluatesAfterTheFirstUpdateThenEveryEpochAsTheBook() {
        // overfit_weight_decay.py: 300 images, batch 100 → 3 iterations per epoch, 201 epochs.
        Schedule schedule = Schedule.ofEpochs(201, 3);
        assertEquals(601, schedule.iterations());
        List<Integer> evaluated = evaluatedIterations(schedule);
        assertEquals(201, evaluated.size());
        assertEquals(List.of(1, 4, 7), evaluated.subList(0, 3));
        assertEquals(601, evaluated.get(200));
        assertEquals(0, schedule.epochAfter(1));
        assertEquals(-1, schedule.epochAfter(2));
        assertEquals(200, schedule.epochAfter(601));
    }

    @Test
    void byIterationEvaluatesEveryIntervalAndAfterTheLast() {
        assertEquals(List.of(100, 200, 250), evaluatedIterations(Schedule.ofIterations(250, 100)));
        assertEquals(List.of(250), evaluatedIterations(Schedule.ofIterations(250, 0)));
        assertEquals(List.of(), evaluatedIterations(Schedule.ofIterations(250, 100).withoutEvaluation()));
        assertEquals(-1, Schedule.ofIterations(250, 100).epochAfter(100));
    }

    @Test
    void rejectsEmptySchedules() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.ofEpochs(0, 3));
        assertThrows(IllegalArgumentException.class, () -> Schedule.ofIterations(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedule.ofEpochs(2, 0));
        assertTrue(Schedule.ofEpochs(1, 10).evaluatesAfter(1));
        assertFalse(Schedule.ofIterations(5, -1).evaluatesAfter(5));
    }
}
