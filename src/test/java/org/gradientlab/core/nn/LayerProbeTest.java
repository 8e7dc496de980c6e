package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.Parameter;
import org.gradientlab.core.optim.OptimizerSettings;
import org.junit.jupiter.api.Test;

/** A 2-2-2 network with weights set by hand, so every statistic can be worked out on paper. */
class LayerProbeTest {

    private static MultiLayerNet tinyNet(Activation activation, float[] w1, float[] w2) {
        MultiLayerNet net = new MultiLayerNet(new MultiLayerNetConfig(2, List.of(2), 2, activation, WeightInit.HE,
                false, 0, 0, 1));
        Affine first = (Affine) net.layers().get(0);
        Affine last = (Affine) net.layers().get(2);
        System.arraycopy(w1, 0, first.weights().data, 0, 4);
        System.arraycopy(w2, 0, last.weights().data, 0, 4);
        Arrays.fill(first.bias(), 0f);
        Arrays.fill(last.bias(), 0f);
        return net;
    }

    private static Matrix rows(float... values) {
        return new Matrix(values.length / 2, 2, values);
    }

    /**
     * x = [[1, 0], [3, 1]], W1 = [[1, −1], [0, −1]] → pre-activations [[1, −1], [3, −4]] → ReLU
     * [[1, 0], [3, 0]]: unit 2 is 0 on both examples (dead share ½); mean 1, std √(10/4 − 1) = √1.5;
     * bins of width 4/30: 0 → bin 0 twice, 1 → bin 7, 3 → bin 22. W2 = [[0, 0], [1, 1]] gives
     * scores 0, softmax ½ each; labels [0, 1] give dScores = (y − t)/2 = [[−¼, ¼], [¼, −¼]],
     * dW2 = hᵀ·dScores = [[½, −½], [0, 0]], ‖dW2‖ = √½; dh = dScores·W2ᵀ = 0, so dW1 = 0. SGD
     * lr 0.1 moves W2 by 0.1·√½ against ‖W2‖ = √2: ratio 0.05; W1 does not move: ratio 0.
     */
    @Test
    void reluLayerStatisticsMatchTheHandComputedValues() {
        MultiLayerNet net = tinyNet(Activation.RELU, new float[] {1, -1, 0, -1}, new float[] {0, 0, 1, 1});
        LayerProbe probe = new LayerProbe(net);
        net.gradient(rows(1, 0, 3, 1), new int[] {0, 1});
        probe.beforeUpdate();
        OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(0.1).create().update(net.parameters());
        List<LayerStats> stats = probe.afterUpdate();

        assertEquals(2, stats.size());
        LayerStats hidden = stats.get(0);
        assertEquals(1, hidden.layer());
        assertEquals(2, hidden.units());
        assertEquals(0.5, hidden.deadShare());
        assertTrue(Double.isNaN(hidden.saturatedShare()), "ReLU has no asymptote to saturate at");
        assertEquals(1.0, hidden.mean(), 1e-12);
        assertEquals(Math.sqrt(1.5), hidden.std(), 1e-12);
        assertEquals(0, hidden.histogramMin());
        assertEquals(4, hidden.histogramMax());
        int[] expected = new int[LayerProbe.BINS];
        expected[0] = 2;
        expected[7] = 1;
        expected[22] = 1;
        assertArrayEquals(expected, hidden.counts());
        assertEquals(0, hidden.gradientNorm());
        assertEquals(0, hidden.updateRatio());

        LayerStats output = stats.get(1);
        assertEquals(2, output.layer());
        assertEquals(Math.sqrt(0.5), output.gradientNorm(), 1e-7);
        assertEquals(0.05, output.updateRatio(), 1e-7);
        assertFalse(output.hasActivations());
        assertTrue(Double.isNaN(output.deadShare()) && Double.isNaN(output.mean()));
    }

    /**
     * x = [[1, 0], [0, 1]], W1 = [[10, 0], [−10, 1]]: pre-activations [[10, 0], [−10, 1]] → sigmoid
     * ≈ [[0.99995, 0.5], [0.0000454, 0.731]]: two of four outputs within 0.01 of 0 or 1.
     */
    @Test
    void sigmoidOutputsNearZeroOrOneCountAsSaturatedAndNoUnitIsDead() {
        MultiLayerNet net = tinyNet(Activation.SIGMOID, new float[] {10, 0, -10, 1}, new float[] {1, 0, 0, 1});
        LayerProbe probe = new LayerProbe(net);
        net.gradient(rows(1, 0, 0, 1), new int[] {0, 1});
        probe.beforeUpdate();
        LayerStats hidden = probe.afterUpdate().get(0);

        assertEquals(0.5, hidden.saturatedShare());
        assertEquals(0, hidden.deadShare());
        int[] counts = hidden.counts();
        assertEquals(1, counts[0]);            // 0.0000454 in [0, 1/30)
        assertEquals(1, counts[15]);           // 0.5 in [15/30, 16/30)
        assertEquals(1, counts[21]);           // 0.731 in [21/30, 22/30)
        assertEquals(1, counts[29]);           // 0.99995 in the last bin
    }

    @Test
    void tanhSaturatesBeyondPlusOrMinusPointNineNine() {
        // Pre-activations [[3, 0.5], [−3, 0]]: tanh ±0.995 saturated, 0.462 and 0 not.
        MultiLayerNet net = tinyNet(Activation.TANH, new float[] {3, 0.5f, -3, 0}, new float[] {1, 0, 0, 1});
        LayerProbe probe = new LayerProbe(net);
        net.gradient(rows(1, 0, -1, 0), new int[] {0, 1});
        probe.beforeUpdate();
        assertEquals(0.5, probe.afterUpdate().get(0).saturatedShare());
    }

    @Test
    void valuesOutsideTheRangeCountInTheEdgeBins() {
        // ReLU outputs 5 and 9 lie beyond the upper edge 4: both in the last bin.
        MultiLayerNet net = tinyNet(Activation.RELU, new float[] {5, 0, 0, 9}, new float[] {1, 0, 0, 1});
        LayerProbe probe = new LayerProbe(net);
        net.gradient(rows(1, 1), new int[] {0});
        probe.beforeUpdate();
        assertEquals(2, probe.afterUpdate().get(0).counts()[LayerProbe.BINS - 1]);
    }

    @Test
    void probingLeavesTheWeightsAndGradientsAsTheyWere() {
        MultiLayerNet probed = tinyNet(Activation.RELU, new float[] {1, -1, 0.5f, 2}, new float[] {1, -2, 0.3f, 1});
        MultiLayerNet plain = tinyNet(Activation.RELU, new float[] {1, -1, 0.5f, 2}, new float[] {1, -2, 0.3f, 1});
        LayerProbe probe = new LayerProbe(probed);
        Matrix x = rows(1, 2, -1, 0.5f, 0.3f, 0.7f);
        int[] t = {0, 1, 1};
        assertEquals(plain.gradient(x, t), probed.gradient(x, t));
        probe.beforeUpdate();
        assertSameParameters(plain, probed);
        probe.afterUpdate();
        assertSameParameters(plain, probed);
        assertEquals(plain.gradient(x, t), probed.gradient(x, t));
    }

    private static void assertSameParameters(MultiLayerNet expected, MultiLayerNet actual) {
        for (int p = 0; p < expected.parameters().size(); p++) {
            Parameter e = expected.parameters().get(p);
            Parameter a = actual.parameters().get(p);
            for (int i = 0; i < e.value().size(); i++) {
                assertEquals(e.value().get(i), a.value().get(i), e.name());
                assertEquals(e.gradient().get(i), a.gradient().get(i), e.name());
            }
        }
    }

    @Test
    void aHeatStripShadeIsTheLogOfTheCountOverTheLogOfAllCounts() {
        int[] counts = new int[LayerProbe.BINS];
        counts[0] = 7;
        counts[3] = 1;
        LayerStats stats = new LayerStats(1, 2, 0, 0, 0, 0, 0, 0, 0, 4, counts);
        assertEquals(Math.log(8) / Math.log(9), stats.shade(0), 1e-12);
        assertEquals(Math.log(2) / Math.log(9), stats.shade(3), 1e-12);
        assertEquals(0, stats.shade(1));
        counts[3] = 0;
        assertEquals(1, new LayerStats(1, 2, 0, 0, 0, 0, 0, 0, 0, 4, counts).shade(0), 1e-12);
    }

    /**
     * Batch norm before ReLU standardises each unit over the batch (γ 1, β 0), so, whatever the
     * weights' scale, the outputs are ReLU of about N(0, 1): mean 1/√(2π) ≈ 0.399, about half
     * of them 0. The probe reads the activation after batch norm and before dropout.
     */
    @Test
    void withBatchNormTheReluOutputsLookStandardEvenFromTinyWeights() {
        MultiLayerNet net = new MultiLayerNet(new MultiLayerNetConfig(20, List.of(50, 50), 3, Activation.RELU,
                WeightInit.ofStd(0.01), true, 0.5, 0, 4));
        LayerProbe probe = new LayerProbe(net);
        Matrix x = GradientCheck.gaussian(256, 20, new java.util.SplittableRandom(5));
        net.gradient(x, new int[256]);
        probe.beforeUpdate();
        List<LayerStats> stats = probe.afterUpdate();
        assertEquals(3, stats.size());
        for (LayerStats hidden : stats.subList(0, 2)) {
            assertEquals(1 / Math.sqrt(2 * Math.PI), hidden.mean(), 0.03, hidden.toString());
            double zeros = hidden.count(0) / (256.0 * 50);
            assertTrue(zeros > 0.45 && zeros < 0.6, "about half the outputs in the bin at 0: " + hidden);
            assertEquals(0, hidden.deadShare());
        }
    }

    @Test
    void afterUpdateWithoutBeforeUpdateIsAnError() {
        LayerProbe probe = new LayerProbe(tinyNet(Activation.RELU, new float[4], new float[4]));
        assertThrows(IllegalStateException.class, probe::afterUpdate);
    }
}
