package org.gradientlab.core.nn;

import static org.gradientlab.core.nn.GradientCheck.assertMatches;
import static org.gradientlab.core.nn.GradientCheck.gaussian;
import static org.gradientlab.core.nn.GradientCheck.numeric;
import static org.gradientlab.core.nn.GradientCheck.project;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.gradientlab.core.linalg.Matrix;

/** Each layer's backward against central differences of Σ dout·forward(x). */
class LayerGradientTest {
    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void affineBackwardMatchesNumericGradientsOfInputWeightsAndBias() {
        Matrix x = gaussian(4, 5, random);
        Affine affine = Affine.initialized(5, 3, WeightInit.ofStd(0.5), random);
        for (int i = 0; i < 3; i++) {
            affine.bias()[i] = (float) random.nextGaussian();
        }
        Matrix dout = gaussian(4, 3, random);
        affine.forward(x, true);
        float[] dx = affine.backward(dout).data.clone();

        assertMatches("Affine dx", dx, numeric(x.data, () -> project(dout, affine.forward(x, true))));
        assertMatches("Affine dW", affine.weightGradient().data,
                numeric(affine.weights().data, () -> project(dout, affine.forward(x, true))));
        assertMatches("Affine db", affine.biasGradient(),
                numeric(affine.bias(), () -> project(dout, affine.forward(x, true))));
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void activationBackwardMatchesNumericGradient(Activation activation) {
        Matrix x = gaussian(6, 7, random);
        // Keep inputs a few steps away from the kink at 0 of ReLU and leaky ReLU.
        for (int i = 0; i < x.data.length; i++) {
            if (Math.abs(x.data[i]) < 5 * GradientCheck.STEP) {
                x.data[i] = x.data[i] < 0 ? -0.3f : 0.3f;
            }
        }
        Layer layer = activation.newLayer();
        Matrix dout = gaussian(6, 7, random);
        layer.forward(x, true);
        float[] dx = layer.backward(dout).data.clone();

        assertMatches(activation + " dx", dx, numeric(x.data, () -> project(dout, layer.forward(x, true))));
    }

    @Test
    void batchNormBackwardMatchesNumericGradientsOfInputGammaAndBeta() {
        Matrix x = gaussian(8, 4, random);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = 3 * x.data[i] + 2; // away from the normalized scale, so normalizing matters
        }
        BatchNorm norm = new BatchNorm(4);
        for (int j = 0; j < 4; j++) {
            norm.gamma()[j] = (float) (1 + 0.5 * random.nextGaussian());
            norm.beta()[j] = (float) random.nextGaussian();
        }
        Matrix dout = gaussian(8, 4, random);
        norm.forward(x, true);
        float[] dx = norm.backward(dout).data.clone();

        assertMatches("BatchNorm dx", dx, numeric(x.data, () -> project(dout, norm.forward(x, true))));
        assertMatches("BatchNorm dgamma", norm.gammaGradient(),
                numeric(norm.gamma(), () -> project(dout, norm.forward(x, true))));
        assertMatches("BatchNorm dbeta", norm.betaGradient(),
                numeric(norm.beta(), () -> project(dout, norm.forward(x, true))));
    }

    @Test
    void dropoutBackwardWithFixedMaskMatchesNumericGradient() {
        Matrix x = gaussian(5, 6, random);
        Dropout dropout = new Dropout(0.5, new SplittableRandom(1));
        boolean[] keep = new boolean[30];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = i % 3 != 0;
        }
        dropout.fixMask(keep);
        Matrix dout = gaussian(5, 6, random);
        dropout.forward(x, true);
        float[] dx = dropout.backward(dout).data.clone();

        assertMatches("Dropout dx", dx, numeric(x.data, () -> project(dout, dropout.forward(x, true))));
    }

    @Test
    void softmaxWithLossBackwardMatchesNumericGradient() {
        Matrix scores = gaussian(5, 4, random);
        int[] labels = {0, 3, 1, 1, 2};
        SoftmaxWithLoss last = new SoftmaxWithLoss();
        last.forward(scores, labels);
        float[] dx = last.backward().data.clone();

        assertMatches("SoftmaxWithLoss dx", dx, numeric(scores.data, () -> last.forward(scores, labels)));
    }
}
