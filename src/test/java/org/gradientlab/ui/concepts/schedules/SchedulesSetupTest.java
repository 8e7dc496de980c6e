package org.gradientlab.ui.concepts.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.concepts.schedules.ScheduleSettings;

class SchedulesSetupTest {
    private static void rejects(String field, Supplier<SchedulesSetup> made) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, made::get);
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    }

    @Test
    void holdsTheDefaultsOfTheCore() {
        assertEquals(ScheduleSettings.defaults(), SchedulesSetup.of(ScheduleSettings.defaults()).settings());
    }

    @Test
    void rejectsNonFiniteAndOutOfRangeValuesNamingTheField() {
        rejects("initialRate", () -> new SchedulesSetup(Double.NaN, 500, 0.5, 0.001, 0.004, 2000));
        rejects("initialRate", () -> new SchedulesSetup(0, 500, 0.5, 0.001, 0.004, 2000));
        rejects("initialRate", () -> new SchedulesSetup(Double.POSITIVE_INFINITY, 500, 0.5, 0.001, 0.004, 2000));
        rejects("stepEvery", () -> new SchedulesSetup(1, 0, 0.5, 0.001, 0.004, 2000));
        rejects("stepGamma", () -> new SchedulesSetup(1, 500, 1.5, 0.001, 0.004, 2000));
        rejects("stepGamma", () -> new SchedulesSetup(1, 500, 0, 0.001, 0.004, 2000));
        rejects("exponentialK", () -> new SchedulesSetup(1, 500, 0.5, -1, 0.004, 2000));
        rejects("inverseTimeK", () -> new SchedulesSetup(1, 500, 0.5, 0.001, Double.NaN, 2000));
        rejects("iterations", () -> new SchedulesSetup(1, 500, 0.5, 0.001, 0.004, 9));
        rejects("iterations", () -> new SchedulesSetup(1, 500, 0.5, 0.001, 0.004, 20_001));
    }
}
