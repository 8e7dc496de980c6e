package org.gradientlab.core.concepts.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConvDemoTest {

    private static ConvDemo demo(LayerGeometry layer) {
        return new ConvDemo(DemoPlan.of(layer));
    }

    @Test
    void firstCellIsTheDotProductOfTheTopLeftWindowPlusBias() {
        ConvDemo demo = demo(ConvPreset.SEVEN_STRIDE_1.layer());
        assertEquals(5, demo.outputWidth());
        // input rows 0..2: [1 0 2] [0 3 1] [2 1 4]; filter [−1 1 0] [0 −1 1] [1 0 −1]; bias 1
        // (−1) + (−3 + 1) + (2 − 4) + 1 = −4
        assertEquals(-4, demo.output(0, 0));
        assertEquals("1·(−1) + 0·1 + 2·0 + 0·0 + 3·(−1) + 1·1 + 2·1 + 1·0 + 4·(−1) + 1 = −4", demo.expression(0, 0));
    }

    @Test
    void paddedWindowReadsZerosOutsideTheInput() {
        ConvDemo demo = demo(ConvPreset.FIVE_PAD_1.layer());
        assertEquals(3, demo.outputWidth());
        assertEquals(new Window(-1, -1, 3), demo.window(0, 0));
        assertEquals(new Window(1, 3, 3), demo.window(1, 2));
        assertTrue(demo.isPadding(-1, 0) && demo.isPadding(2, 5) && !demo.isPadding(4, 4));
        assertEquals(0, demo.input(-1, -1));
        // inside: (0,0)=1 (0,1)=0 (1,0)=0 (1,1)=3 under weights −1, 1, 0, −1 → −4, plus bias 1
        assertEquals(-3, demo.output(0, 0));
    }

    @Test
    void maxPoolingTakesTheLargestOfEachWindow() {
        ConvDemo demo = demo(new MaxPool(4, 4, 1, 2, 2));
        // input [1 0 2 3] [0 3 1 0] [2 1 4 2] [5 0 1 3]
        assertEquals(3, demo.output(0, 0));
        assertEquals(3, demo.output(0, 1));
        assertEquals(5, demo.output(1, 0));
        assertEquals(4, demo.output(1, 1));
        assertEquals("max(1, 0, 0, 3) = 3", demo.expression(0, 0));
    }

    @Test
    void stepsRunOverOutputCellsInReadingOrder() {
        ConvDemo demo = demo(ConvPreset.SEVEN_STRIDE_2.layer());
        assertEquals(9, demo.cellCount());
        assertEquals(1, demo.cellAt(4)[0]);
        assertEquals(1, demo.cellAt(4)[1]);
        assertEquals(new Window(2, 2, 3), demo.window(1, 1));
        assertThrows(IllegalArgumentException.class, () -> demo.cellAt(9));
    }

    @Test
    void windowsThatDoNotFitLeaveTheLastColumnUncovered() {
        ConvDemo demo = demo(ConvPreset.SEVEN_STRIDE_3.layer());
        assertEquals(2, demo.outputWidth(), "whole windows at columns 0 and 3");
        assertTrue(demo.covered(5, 5));
        assertFalse(demo.covered(6, 0));
        assertFalse(demo.covered(0, 6));
        assertFalse(demo.coversInput());
        assertTrue(demo(ConvPreset.SEVEN_STRIDE_2.layer()).coversInput());
    }

    @Test
    void aStrideLongerThanTheFilterSkipsCells() {
        ConvDemo demo = demo(new ConvLayer(7, 7, 1, 2, 3, 0, 1));
        // windows at columns 0–1 and 3–4, then 6–7 would hang over: column 2 and 5 are skipped
        assertTrue(demo.covered(0, 1) && demo.covered(0, 3) && demo.covered(4, 4));
        assertFalse(demo.covered(0, 2) || demo.covered(0, 5) || demo.covered(2, 0));
    }

    @Test
    void largeLayersKeepTheirWindowOnASmallInput() {
        DemoPlan lecture = DemoPlan.of(ConvPreset.LECTURE_32.layer());
        assertEquals(7, lecture.width());
        assertEquals(5, lecture.filter());
        assertEquals(2, lecture.padding());
        assertFalse(lecture.sameSize() || lecture.filterReduced());
        assertEquals(7, new ConvDemo(lecture).outputWidth(), "pad 2 keeps the size, as in the layer");

        DemoPlan alex = DemoPlan.of(ConvPreset.ALEXNET_CONV1.layer());
        assertTrue(alex.filterReduced());
        assertEquals(3, alex.filter());
        assertEquals(2, alex.stride(), "overlapping windows, as 11×11 with stride 4 overlap");
        assertTrue(alex.strideReduced());
        assertTrue(alex.horizontal().fits());

        DemoPlan pool = DemoPlan.of(ConvPreset.POOL_224.layer());
        assertEquals(8, pool.width(), "(7 − 2)/2 does not fit, (8 − 2)/2 does");
        assertTrue(pool.pooling());

        DemoPlan misfit = DemoPlan.of(new ConvLayer(32, 32, 3, 3, 2, 0, 8));
        assertFalse(misfit.horizontal().fits(), "a layer that does not fit gets a demo that does not fit");
    }
}
