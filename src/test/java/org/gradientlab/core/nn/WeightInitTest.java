package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WeightInitTest {

    /** 40 000 draws: the sample std is within 1 % of the true one with 5 sd to spare (sd ≈ 0.35 %). */
    @ParameterizedTest
    @CsvSource({"xavier, 100, 0.1", "xavier, 400, 0.05", "he, 100, 0.1414213562", "he, 50, 0.2", "0.01, 784, 0.01"})
    void drawsZeroMeanWeightsWithTheBooksStd(String init, int fanIn, double expectedStd) {
        float[] w = new float[40_000];
        WeightInit.parse(init).fill(w, fanIn, new SplittableRandom(5));
        double sum = 0;
        double squares = 0;
        for (float v : w) {
            sum += v;
            squares += (double) v * v;
        }
        double mean = sum / w.length;
        double std = Math.sqrt(squares / w.length - mean * mean);
        assertEquals(expectedStd, std, 0.01 * expectedStd);
        assertEquals(0, mean, 5 * expectedStd / Math.sqrt(w.length));
    }

    @Test
    void parsesTheBooksNamesAndNumbers() {
        assertSame(WeightInit.XAVIER, WeightInit.parse("Xavier"));
        assertSame(WeightInit.XAVIER, WeightInit.parse("sigmoid"));
        assertSame(WeightInit.HE, WeightInit.parse("he"));
        assertSame(WeightInit.HE, WeightInit.parse("relu"));
        assertEquals(WeightInit.ofStd(0.01), WeightInit.parse("0.01"));
        assertEquals(WeightInit.ofStd(1), WeightInit.parse("std=1"));
        assertEquals("std=0.01", WeightInit.ofStd(0.01).label());
        assertEquals("he", WeightInit.HE.label());
        assertEquals(Math.sqrt(1.0 / 784), WeightInit.XAVIER.std(784), 1e-15);
    }

    @Test
    void rejectsUnknownNamesAndNonPositiveStds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeightInit.parse("lecun"));
        assertTrue(e.getMessage().contains("xavier, he or a positive number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WeightInit.parse("-1"));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WeightInit.ofStd(0));
        assertThrows(IllegalArgumentException.class, () -> WeightInit.ofStd(Double.NaN));
    }
}
