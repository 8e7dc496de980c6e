package org.gradientlab.core.experiment.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.junit.jupiter.api.Test;

class HistogramBarsTest {

    @Test
    void takesExactZerosOutOfTheBinHoldingZero() {
        // range [-1, 4] in 5 bins of width 1: 0 falls in bin 1
        LayerStatistics layer = new LayerStatistics(1, 100, 0, 1, -1, 4, -1, 4, List.of(5, 60, 20, 10, 5),
                0, 0, 0.5, 0, 0);
        HistogramBars bars = HistogramBars.of(layer, true);
        assertEquals(List.of(5L, 10L, 20L, 10L, 5L), bars.counts());
        assertEquals(50, bars.zeros());
        assertEquals(20, bars.maxCount());
    }

    @Test
    void keepsTheBinsWhenNotSplitting() {
        LayerStatistics layer = new LayerStatistics(1, 100, 0, 1, 0, 4, 0, 4, List.of(60, 40), 0, 0, 0.5, 0, 0);
        HistogramBars bars = HistogramBars.of(layer, false);
        assertEquals(List.of(60L, 40L), bars.counts());
        assertEquals(0, bars.zeros());
    }

    @Test
    void reluZerosLeaveTheFirstBinWithOnlyPositiveValues() {
        ActivationProbeResult result = new ActivationProbe().run(ActivationProbeConfig.book(WeightInit.HE, Activation.RELU));
        LayerStatistics layer = result.activations().get(4);
        HistogramBars bars = HistogramBars.of(layer, true);
        long sum = bars.counts().stream().mapToLong(Long::longValue).sum();
        assertEquals(layer.count(), sum + bars.zeros() + bars.below() + bars.above());
        assertEquals(layer.zeroShare(), bars.zeros() / (double) layer.count(), 1e-9);
        // half the ReLU outputs are 0, the rest spread: the zero bar is taller than any bin
        assertEquals(true, bars.zeros() > bars.maxCount(), bars.toString());
    }
}
