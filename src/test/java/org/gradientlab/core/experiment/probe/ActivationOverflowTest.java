package org.gradientlab.core.experiment.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.junit.jupiter.api.Test;

/** Issue 20: weights that overflow float are refused or reported, never a silent NaN. */
class ActivationOverflowTest {

    @Test
    void refusesAStdThatFloatCannotHold() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ActivationProbeConfig.book(WeightInit.ofStd(1e308), Activation.SIGMOID));
        assertEquals("weight std must be at most 1e+30 (weights are float, at most 3.4e+38), got 1.00e+308",
                e.getMessage());
        ActivationProbeConfig.book(WeightInit.ofStd(ActivationProbeConfig.MAX_WEIGHT_STD), Activation.SIGMOID);
    }

    @Test
    void theInitLabsLargestReluSettingIsReportedAsOverflowNotNaN() {
        // The init lab's extreme: σ 10 (its slider's top), 500 nodes, 10 layers. RMS grows by
        // σ·√(n/2) ≈ 158 a layer, so by the last layers the squares exceed float.
        ActivationProbeConfig config = new ActivationProbeConfig(100, 500, 10, WeightInit.ofStd(10), Activation.RELU,
                false, 0, 30, 0, 4, false);
        List<LayerStatistics> layers = new ActivationProbe().run(config).activations();
        assertFalse(layers.get(0).overflowed());
        LayerStatistics last = layers.get(layers.size() - 1);
        assertTrue(last.overflowed(), "std " + last.std());
        List<LayerHealth> health = LayerHealth.ofActivations(layers, Activation.RELU);
        assertEquals(LayerHealth.Reason.OVERFLOW, health.get(health.size() - 1).reason());
        String row = LayerStatisticsCsv.row(last);
        assertTrue(row.startsWith("10,overflow,overflow,overflow,overflow,"), row);
        assertFalse(LayerStatisticsCsv.of(layers).contains("NaN"));
        assertEquals(LayerStatisticsCsv.firstOverflow(layers).orElseThrow().layer(),
                layers.stream().filter(LayerStatistics::overflowed).mapToInt(LayerStatistics::layer).min().orElseThrow());
    }
}
