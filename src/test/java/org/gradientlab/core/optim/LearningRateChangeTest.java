package org.gradientlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** {@link ElementwiseOptimizer#setLearningRate}: what a learning-rate schedule relies on. */
class LearningRateChangeTest {

    private static Parameter param(double[] value, double... gradient) {
        return new Parameter("W", Values.of(value), Values.of(gradient));
    }

    // Momentum and Nesterov keep a velocity, so lr 0 does not stop them (see the next test).
    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = {"SGD", "ADAGRAD", "RMSPROP", "ADAM"})
    void zeroRateLeavesTheParametersWhereTheyAre(OptimizerKind kind) {
        ElementwiseOptimizer optimizer = OptimizerSettings.defaults(kind).create();
        double[] w = {1.0, -2.0, 0.5};
        optimizer.update(List.of(param(w, 0.3, -0.1, 2.0)));
        double[] before = w.clone();
        optimizer.setLearningRate(0);
        optimizer.update(List.of(param(w, 0.7, 0.4, -1.0)));
        optimizer.update(List.of(param(w, -0.2, 0.9, 0.1)));
        assertArrayEquals(before, w, 0, kind.id());
    }

    @Test
    void momentumCoastsOnItsVelocityWhenTheRateDropsToZero() {
        ElementwiseOptimizer momentum = OptimizerSettings.defaults(OptimizerKind.MOMENTUM).create();
        double[] w = {1.0};
        momentum.update(List.of(param(w, 2.0)));   // v = −0.01·2 = −0.02; W = 0.98
        momentum.setLearningRate(0);
        momentum.update(List.of(param(w, 5.0)));   // v = 0.9·(−0.02) = −0.018; W = 0.962
        assertEquals(0.962, w[0], 1e-15);
    }

    @Test
    void sgdStepUsesTheNewRate() {
        ElementwiseOptimizer sgd = OptimizerSettings.defaults(OptimizerKind.SGD).create();
        double[] w = {1.0, -2.0};
        sgd.setLearningRate(0.1);
        sgd.update(List.of(param(w, 0.5, 1.0)));
        // W -= 0.1·g: 1 − 0.05, −2 − 0.1
        assertArrayEquals(new double[] {0.95, -2.1}, w, 1e-15);
        assertEquals(0.1, sgd.learningRate());
        assertEquals(0.01, sgd.settings().learningRate(), "settings keep the initial lr");
    }

    @Test
    void adamLrTFollowsTheNewRate() {
        // Adam started at .001 and set to .004 before its second step moves exactly as one built
        // at .004 whose first step was scaled to match: compare the second step alone.
        double[] g1 = {0.3, -0.6};
        double[] g2 = {-0.2, 0.5};
        ElementwiseOptimizer changed = OptimizerSettings.defaults(OptimizerKind.ADAM).create();
        double[] a = {0.0, 0.0};
        changed.update(List.of(param(a, g1)));
        double[] afterFirst = a.clone();
        changed.setLearningRate(0.004);
        changed.update(List.of(param(a, g2)));

        // By hand, t = 2: m = 0.1·g2 + 0.09·g1, v = 0.001·g2² + 0.000999·g1²,
        // lr_t = 0.004·√(1 − 0.999²)/(1 − 0.9²)
        double lrT = 0.004 * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.9 * 0.9);
        for (int i = 0; i < 2; i++) {
            double m = 0.1 * g2[i] + 0.09 * g1[i];
            double v = 0.001 * g2[i] * g2[i] + 0.000999 * g1[i] * g1[i];
            assertEquals(afterFirst[i] - lrT * m / (Math.sqrt(v) + 1e-7), a[i], 1e-12, "element " + i);
        }
        assertEquals(lrT, changed.state().scalars().get(Adam.LR_T), 1e-15);
    }

    @Test
    void rejectsNegativeOrNonFiniteRate() {
        ElementwiseOptimizer sgd = OptimizerSettings.defaults(OptimizerKind.SGD).create();
        var e = assertThrows(IllegalArgumentException.class, () -> sgd.setLearningRate(-0.1));
        assertEquals("learning rate must be a finite number >= 0, got -0.1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sgd.setLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> sgd.setLearningRate(Double.POSITIVE_INFINITY));
    }
}
