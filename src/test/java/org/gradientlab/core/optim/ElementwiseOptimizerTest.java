package org.gradientlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ElementwiseOptimizerTest {

    private static ElementwiseOptimizer create(OptimizerKind kind) {
        return OptimizerSettings.defaults(kind).withLearningRate(0.05).create();
    }

    private static Parameter param(String name, double[] value, double... gradient) {
        return new Parameter(name, Values.of(value), Values.of(gradient));
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void floatWeightsFollowTheDoublePathToFloatPrecision(OptimizerKind kind) {
        Random random = new Random(42);
        int n = 1000;
        float[] weightsF = new float[n];
        double[] weightsD = new double[n];
        for (int i = 0; i < n; i++) {
            weightsF[i] = (float) random.nextGaussian();
            weightsD[i] = weightsF[i];
        }
        double start0 = weightsD[0];
        float[] gradientF = new float[n];
        double[] gradientD = new double[n];
        ElementwiseOptimizer onFloats = create(kind);
        ElementwiseOptimizer onDoubles = create(kind);
        for (int step = 0; step < 5; step++) {
            for (int i = 0; i < n; i++) {
                gradientF[i] = (float) (random.nextGaussian() + 0.1 * weightsF[i]);
                gradientD[i] = gradientF[i];
            }
            onFloats.update(List.of(new Parameter("W", Values.of(weightsF), Values.of(gradientF))));
            onDoubles.update(List.of(new Parameter("W", Values.of(weightsD), Values.of(gradientD))));
        }
        for (int i = 0; i < n; i++) {
            // Each step rounds W to float once (half an ulp, 6e-8 relative): five steps stay below 1e-6.
            assertEquals(weightsD[i], weightsF[i], 1e-6 * Math.max(1, Math.abs(weightsD[i])), kind + " element " + i);
        }
        assertNotEquals(start0, weightsF[0], 1e-3, "the weights moved");
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void keepsStatePerParameterName(OptimizerKind kind) {
        // Two names updated in one optimizer move exactly as each alone in its own optimizer.
        double[] a = {1.0, -2.0};
        double[] b = {0.5, 3.0};
        double[] aAlone = a.clone();
        double[] bAlone = b.clone();
        ElementwiseOptimizer shared = create(kind);
        ElementwiseOptimizer forA = create(kind);
        ElementwiseOptimizer forB = create(kind);
        for (int step = 0; step < 4; step++) {
            shared.update(List.of(param("a", a, 2 * a[0], 2 * a[1]), param("b", b, Math.sin(b[0]), b[1])));
            forA.update(List.of(param("a", aAlone, 2 * aAlone[0], 2 * aAlone[1])));
            forB.update(List.of(param("b", bAlone, Math.sin(bAlone[0]), bAlone[1])));
        }
        assertArrayEquals(aAlone, a, 0);
        assertArrayEquals(bAlone, b, 0);
    }

    @Test
    void stateIsASnapshotThatLaterStepsDoNotChange() {
        ElementwiseOptimizer momentum = create(OptimizerKind.MOMENTUM);
        double[] w = {1.0};
        List<Parameter> params = List.of(param("w", w, 1.0));
        momentum.update(params);
        OptimizerState first = momentum.state();
        double[] v = first.slot("w", "v").values();
        v[0] = 123; // a copy: editing it changes nothing
        momentum.update(params);
        assertEquals(-0.05, first.slot("w", "v").get(0), 1e-15);
        assertEquals(0.9 * -0.05 - 0.05, momentum.state().slot("w", "v").get(0), 1e-15);
        assertEquals(1, first.step());
        assertEquals(2, momentum.state().step());
    }

    @Test
    void freshStateHasNoSlots() {
        OptimizerState state = create(OptimizerKind.ADAM).state();
        assertEquals(0, state.step());
        assertEquals(List.of(), state.slots());
        assertEquals(java.util.Map.of(), state.scalars());
    }

    @Test
    void adaptiveOptimizersShowTheirStepSize() {
        for (OptimizerKind kind : List.of(OptimizerKind.ADAGRAD, OptimizerKind.RMSPROP, OptimizerKind.ADAM)) {
            ElementwiseOptimizer optimizer = create(kind);
            optimizer.update(List.of(param("w", new double[] {0, 0}, 2, 0)));
            OptimizerState state = optimizer.state();
            OptimizerState.Slot stepSize = state.slot("w", OptimizerState.STEP_SIZE);
            assertEquals(2, stepSize.size());
            // g = 2: h = 4 (AdaGrad), 0.01·4 (RMSProp); Adam's v = 0.001·4 with lr_t for t = 1.
            double lr = kind == OptimizerKind.ADAM ? state.scalars().get(Adam.LR_T) : 0.05;
            double squares = switch (kind) {
                case ADAGRAD -> 4;
                case RMSPROP -> 0.04;
                default -> 0.004;
            };
            assertEquals(lr / (Math.sqrt(squares) + 1e-7), stepSize.get(0), 1e-12, kind.id());
            // A zero gradient leaves √h = 0: the step size is lr/ε, large but multiplied by g = 0.
            assertEquals(lr / 1e-7, stepSize.get(1), 1e-3, kind.id());
        }
        assertThrows(IllegalArgumentException.class, () -> {
            ElementwiseOptimizer momentum = create(OptimizerKind.MOMENTUM);
            momentum.update(List.of(param("w", new double[1], 0)));
            momentum.state().slot("w", OptimizerState.STEP_SIZE);
        });
    }

    @Test
    void rejectsAParameterThatChangesSize() {
        ElementwiseOptimizer adam = create(OptimizerKind.ADAM);
        adam.update(List.of(param("W1", new double[3], new double[3])));
        var e = assertThrows(IllegalArgumentException.class,
                () -> adam.update(List.of(param("W1", new double[4], new double[4]))));
        assertEquals("parameter W1 changed size from 3 to 4", e.getMessage());
    }
}
