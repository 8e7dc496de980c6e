package org.gradientlab.core.nn;

import static org.gradientlab.core.nn.GradientCheck.assertMatches;
import static org.gradientlab.core.nn.GradientCheck.gaussian;
import static org.gradientlab.core.nn.GradientCheck.numeric;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.optim.Parameter;
import org.gradientlab.core.optim.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultiLayerNetTest {
    private final SplittableRandom random = new SplittableRandom(7);

    private static MultiLayerNetConfig small() {
        return new MultiLayerNetConfig(5, List.of(6, 4), 3, Activation.TANH, WeightInit.XAVIER,
                true, 0.3, 0.1, 11);
    }

    /** Smooth activations only: ReLU's kink within 2h of a pre-activation spoils differences. */
    @ParameterizedTest
    @CsvSource({"SIGMOID, true", "TANH, true", "ELU, true", "TANH, false"})
    void backpropWithBatchNormDropoutAndWeightDecayMatchesNumericGradient(Activation activation, boolean batchNorm) {
        MultiLayerNet net = new MultiLayerNet(small().withActivation(activation).withBatchNorm(batchNorm));
        Matrix x = gaussian(8, 5, random);
        int[] labels = {0, 1, 2, 0, 1, 2, 2, 1};
        fixDropoutMasks(net, x);

        net.gradient(x, labels);
        for (Parameter p : net.parameters()) {
            float[] analytic = floats(p.gradient()).clone();
            double[] expected = numeric(floats(p.value()), () -> net.loss(x, labels, true));
            if (batchNorm && (p.name().equals("b1") || p.name().equals("b2"))) {
                // BatchNorm subtracts the batch mean, so a bias in front of it cannot change the loss.
                for (int i = 0; i < analytic.length; i++) {
                    assertEquals(0, analytic[i], 1e-6, p.name());
                    assertEquals(0, expected[i], 1e-4, p.name());
                }
            } else {
                assertMatches(activation + " " + p.name(), analytic, expected);
            }
        }
    }

    private static void fixDropoutMasks(MultiLayerNet net, Matrix x) {
        net.predict(x, true);
        int seen = 0;
        for (Layer layer : net.layers()) {
            if (layer instanceof Dropout dropout) {
                dropout.fixMask(dropout.lastMask());
                seen++;
            }
        }
        assertEquals(2, seen, "one Dropout per hidden layer");
    }

    private static float[] floats(Values values) {
        return ((Values.Floats) values).array();
    }

    @Test
    void namesParametersAsTheBookInLayerOrder() {
        MultiLayerNet net = new MultiLayerNet(small());
        assertEquals(List.of("W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2", "W3", "b3"),
                net.parameters().stream().map(Parameter::name).toList());
        assertEquals(5 * 6, net.parameters().get(0).value().size());
        assertEquals(4 * 3, net.parameters().get(8).value().size());
        assertSame(net.parameters(), net.parameters(), "an optimizer may keep the list");
    }

    @Test
    void ordersLayersAsMultiLayerNetExtend() {
        MultiLayerNet net = new MultiLayerNet(small().withActivation(Activation.RELU));
        assertEquals(List.of("Affine", "BatchNorm", "Relu", "Dropout", "Affine", "BatchNorm", "Relu", "Dropout",
                "Affine"), net.layers().stream().map(l -> l.getClass().getSimpleName()).toList());
        MultiLayerNet plain = new MultiLayerNet(MultiLayerNetConfig.of(5, List.of(6), 3, 1));
        assertEquals(List.of("Affine", "Relu", "Affine"),
                plain.layers().stream().map(l -> l.getClass().getSimpleName()).toList());
    }

    @Test
    void lossAddsHalfLambdaTimesSumOfSquaredWeightsOnly() {
        MultiLayerNetConfig config = small().withDropoutRatio(0);
        MultiLayerNet withDecay = new MultiLayerNet(config);
        MultiLayerNet without = new MultiLayerNet(config.withWeightDecay(0));
        Matrix x = gaussian(4, 5, random);
        int[] labels = {2, 0, 1, 1};
        double squares = 0;
        for (Parameter p : withDecay.parameters()) {
            if (p.name().startsWith("W")) {
                for (int i = 0; i < p.value().size(); i++) {
                    squares += p.value().get(i) * p.value().get(i);
                }
            }
        }
        assertEquals(without.loss(x, labels, false) + 0.5 * 0.1 * squares, withDecay.loss(x, labels, false), 1e-6);
    }

    @Test
    void sameSeedGivesSameWeightsAndAnotherSeedOthers() {
        float[] a = floats(new MultiLayerNet(small()).parameters().get(0).value());
        float[] b = floats(new MultiLayerNet(small()).parameters().get(0).value());
        float[] c = floats(new MultiLayerNet(small().withSeed(12)).parameters().get(0).value());
        assertArrayEquals(a, b);
        assertNotEquals(a[0], c[0]);
    }

    @Test
    void accuracyCountsRowsWhoseTopScoreIsTheLabel() {
        // One Affine with W = identity, b = 0 (no hidden layer): the scores are the inputs.
        MultiLayerNet net = new MultiLayerNet(new MultiLayerNetConfig(3, List.of(), 3, Activation.RELU,
                WeightInit.HE, false, 0, 0, 1));
        float[] w = floats(net.parameters().get(0).value());
        java.util.Arrays.fill(w, 0f);
        w[0] = w[4] = w[8] = 1f;
        Matrix x = new Matrix(4, 3, new float[] {5, 1, 0, 0, 2, 1, 0, 1, 3, 9, 8, 7});
        assertEquals(0.75, net.accuracy(x, new int[] {0, 1, 2, 1}), 1e-12);
        // The first rows only: rows 0 and 1 right, then row 2 right, row 3 wrong.
        assertEquals(1.0, net.accuracy(x, new int[] {0, 1, 2, 1}, 2), 1e-12);
        assertEquals(1.0, net.accuracy(x, new int[] {0, 1, 2, 1}, 3), 1e-12);
        assertEquals(0.0, net.accuracy(x, new int[] {1, 1, 2, 1}, 1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> net.accuracy(x, new int[] {0, 1, 2, 1}, 5));
    }

    @Test
    void accuracyOverManyChunksEqualsAccuracyOfEachRow() {
        MultiLayerNet net = new MultiLayerNet(MultiLayerNetConfig.of(4, List.of(5), 3, 3));
        int rows = 2 * MultiLayerNet.EVALUATION_CHUNK + 17;
        Matrix x = gaussian(rows, 4, random);
        int[] labels = new int[rows];
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            labels[r] = r % 3;
            Matrix one = new Matrix(1, 4, java.util.Arrays.copyOfRange(x.data, r * 4, r * 4 + 4));
            Matrix scores = net.predict(one, false);
            int best = 0;
            for (int c = 1; c < 3; c++) {
                best = scores.data[c] > scores.data[best] ? c : best;
            }
            correct += best == labels[r] ? 1 : 0;
        }
        assertEquals((double) correct / rows, net.accuracy(x, labels), 1e-12);
    }

    @Test
    void plainGradientDescentLearnsASeparableProblem() {
        MultiLayerNet net = new MultiLayerNet(MultiLayerNetConfig.of(2, List.of(16), 2, 5).withBatchNorm(true));
        Matrix x = gaussian(64, 2, random);
        int[] labels = new int[64];
        for (int r = 0; r < 64; r++) {
            labels[r] = x.data[2 * r] + x.data[2 * r + 1] > 0 ? 1 : 0;
        }
        double first = net.gradient(x, labels);
        for (int step = 0; step < 300; step++) {
            net.gradient(x, labels);
            for (Parameter p : net.parameters()) {
                for (int i = 0; i < p.value().size(); i++) {
                    p.value().set(i, p.value().get(i) - 0.1 * p.gradient().get(i));
                }
            }
        }
        assertTrue(net.loss(x, labels, true) < first / 4, "loss should fall from " + first);
        assertTrue(net.accuracy(x, labels) > 0.95, "train accuracy " + net.accuracy(x, labels));
    }
}
