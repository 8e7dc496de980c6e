package org.gradientlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.gradientlab.core.linalg.Matrix;

class ActivationTest {
    private static final Matrix X = new Matrix(1, 5, new float[] {-2, -0.5f, 0, 0.5f, 2});

    private static float[] apply(Activation activation) {
        return activation.newLayer().forward(X, true).data;
    }

    @Test
    void computesEachFunctionAtHandPickedPoints() {
        float[] sigmoid = new float[5];
        float[] tanh = new float[5];
        float[] elu = new float[5];
        for (int i = 0; i < 5; i++) {
            double x = X.data[i];
            sigmoid[i] = (float) (1 / (1 + Math.exp(-x)));
            tanh[i] = (float) Math.tanh(x);
            elu[i] = (float) (x > 0 ? x : Math.exp(x) - 1);
        }
        assertArrayEquals(sigmoid, apply(Activation.SIGMOID), 1e-7f);
        assertArrayEquals(tanh, apply(Activation.TANH), 1e-7f);
        assertArrayEquals(new float[] {0, 0, 0, 0.5f, 2}, apply(Activation.RELU));
        assertArrayEquals(new float[] {-0.02f, -0.005f, 0, 0.5f, 2}, apply(Activation.LEAKY_RELU), 1e-8f);
        assertArrayEquals(elu, apply(Activation.ELU), 1e-7f);
    }

    /** The Vector API loops (whole vectors) against the scalar loops (all of it), tails included. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void vectorLoopsAgreeWithScalarLoops(Activation activation) {
        SplittableRandom random = new SplittableRandom(8);
        for (int n : new int[] {1, 15, 16, 17, 1000}) {
            Matrix x = new Matrix(1, n);
            Matrix dout = new Matrix(1, n);
            for (int i = 0; i < n; i++) {
                x.data[i] = (float) (i % 7 == 0 ? 40 * random.nextGaussian() : 3 * random.nextGaussian());
                dout.data[i] = (float) random.nextGaussian();
            }
            ActivationLayer layer = (ActivationLayer) activation.newLayer();
            float[] y = new float[n];
            float[] dx = new float[n];
            layer.apply(x.data, y, layer.applyVector(x.data, y));
            layer.derive(y, dout.data, dx, layer.deriveVector(y, dout.data, dx));
            float[] scalarY = new float[n];
            float[] scalarDx = new float[n];
            layer.apply(x.data, scalarY, 0);
            layer.derive(y, dout.data, scalarDx, 0);
            for (int i = 0; i < n; i++) {
                assertEquals(scalarY[i], y[i], 2e-7f * Math.max(1, Math.abs(scalarY[i])), activation + " y at " + x.data[i]);
                assertEquals(scalarDx[i], dx[i], 2e-7f * Math.max(1, Math.abs(scalarDx[i])), activation + " dx");
            }
        }
    }

    @Test
    void reluBlocksTheGradientWhereTheInputWasNotPositive() {
        Layer relu = new Relu();
        relu.forward(X, true);
        Matrix dout = new Matrix(1, 5, new float[] {1, 1, 1, 1, 1});
        assertArrayEquals(new float[] {0, 0, 0, 1, 1}, relu.backward(dout).data);
    }

    @Test
    void parsesCommandLineNames() {
        assertEquals(Activation.LEAKY_RELU, Activation.parse("leaky-relu"));
        assertEquals(Activation.LEAKY_RELU, Activation.parse("LEAKY_RELU"));
        assertEquals(Activation.ELU, Activation.parse(" elu "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.parse("swish"));
        assertTrue(e.getMessage().contains("sigmoid, tanh, relu, leaky-relu, elu"), e.getMessage());
    }

    @Test
    void rejectsSlopesAndAlphasThatBreakTheFunction() {
        assertThrows(IllegalArgumentException.class, () -> new LeakyRelu(0f));
        assertThrows(IllegalArgumentException.class, () -> new LeakyRelu(1f));
        assertThrows(IllegalArgumentException.class, () -> new Elu(-1f));
    }
}
