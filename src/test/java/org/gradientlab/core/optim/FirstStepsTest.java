package org.gradientlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The first updates of each optimizer from the book's start (−7, 2) on f = x²/20 + y², worked
 * out by hand. There g = (x/10, 2y) = (−0.7, 4).
 */
class FirstStepsTest {
    private static final double EXACT = 1e-12;

    /** The point (x, y) and its gradient as the book's two scalar parameters. */
    private final double[] x = {-7};
    private final double[] y = {2};
    private final double[] gx = new double[1];
    private final double[] gy = new double[1];
    private final List<Parameter> params = List.of(new Parameter("x", Values.of(x), Values.of(gx)),
            new Parameter("y", Values.of(y), Values.of(gy)));

    private void step(Optimizer optimizer) {
        gx[0] = x[0] / 10;
        gy[0] = 2 * y[0];
        optimizer.update(params);
    }

    private static ElementwiseOptimizer create(OptimizerKind kind, double lr) {
        return OptimizerSettings.defaults(kind).withLearningRate(lr).create();
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        ElementwiseOptimizer sgd = create(OptimizerKind.SGD, 0.95);
        step(sgd);
        assertEquals(-7 - 0.95 * -0.7, x[0], EXACT);
        assertEquals(-6.335, x[0], EXACT);
        assertEquals(2 - 0.95 * 4, y[0], EXACT); // −1.8: overshoots the valley floor
        step(sgd);
        assertEquals(-6.335 - 0.95 * -0.6335, x[0], EXACT);
        assertEquals(-1.8 - 0.95 * -3.6, y[0], EXACT);
    }

    @Test
    void momentumAccumulatesVelocity() {
        ElementwiseOptimizer momentum = create(OptimizerKind.MOMENTUM, 0.1);
        step(momentum); // v = −lr·g = (0.07, −0.4)
        assertEquals(-6.93, x[0], EXACT);
        assertEquals(1.6, y[0], EXACT);
        assertEquals(0.07, momentum.state().slot("x", "v").get(0), EXACT);
        step(momentum); // g = (−0.693, 3.2); v = 0.9·v − 0.1·g = (0.1323, −0.68)
        assertEquals(-6.93 + 0.1323, x[0], EXACT);
        assertEquals(1.6 - 0.68, y[0], EXACT);
        assertEquals(-0.68, momentum.state().slot("y", "v").get(0), EXACT);
    }

    @Test
    void nesterovFirstStepIsOnePlusAlphaTimesLearningRateTimesGradient() {
        ElementwiseOptimizer nesterov = create(OptimizerKind.NESTEROV, 0.1);
        step(nesterov);
        assertEquals(-7 - 1.9 * 0.1 * -0.7, x[0], EXACT); // −6.867
        assertEquals(2 - 1.9 * 0.1 * 4, y[0], EXACT); // 1.24
        assertEquals(-0.4, nesterov.state().slot("y", "v").get(0), EXACT);
        step(nesterov); // g = (−0.6867, 2.48); W += 0.81·v − 0.19·g with the old v = (0.07, −0.4)
        assertEquals(-6.867 + 0.81 * 0.07 - 0.19 * -0.6867, x[0], EXACT);
        assertEquals(1.24 + 0.81 * -0.4 - 0.19 * 2.48, y[0], EXACT); // 0.4448
        assertEquals(0.9 * -0.4 - 0.1 * 2.48, nesterov.state().slot("y", "v").get(0), EXACT);
    }

    @Test
    void adaGradFirstStepIsLearningRateInEachCoordinate() {
        ElementwiseOptimizer adaGrad = create(OptimizerKind.ADAGRAD, 1.5);
        step(adaGrad); // h = g², so the step is lr·g/(|g| + 1e-7) ≈ lr
        assertEquals(-7 + 1.5 * 0.7 / (0.7 + 1e-7), x[0], EXACT);
        assertEquals(-5.5, x[0], 1e-6);
        assertEquals(2 - 1.5 * 4 / (4 + 1e-7), y[0], EXACT);
        assertEquals(16, adaGrad.state().slot("y", "h").get(0), EXACT);
        assertEquals(1.5 / (4 + 1e-7), adaGrad.state().slot("y", OptimizerState.STEP_SIZE).get(0), EXACT);
        double y1 = y[0];
        step(adaGrad); // g_y = 2·y1 ≈ 1, h = 16 + g_y² ≈ 17
        assertEquals(y1 - 1.5 * (2 * y1) / (Math.sqrt(16 + 4 * y1 * y1) + 1e-7), y[0], EXACT);
        assertEquals(0.5 - 1.5 / Math.sqrt(17), y[0], 1e-6);
    }

    @Test
    void rmsPropFirstStepIsTenTimesLearningRate() {
        ElementwiseOptimizer rmsProp = create(OptimizerKind.RMSPROP, 0.3);
        step(rmsProp); // h = 0.01·g², √h = 0.1·|g|, step = lr/0.1 = 3 per coordinate
        assertEquals(-7 + 0.3 * 0.7 / (0.07 + 1e-7), x[0], EXACT);
        assertEquals(-4, x[0], 1e-5);
        assertEquals(-1, y[0], 1e-5);
        assertEquals(0.01 * 16, rmsProp.state().slot("y", "h").get(0), EXACT);
        assertEquals(0.3 / (0.4 + 1e-7), rmsProp.state().slot("y", OptimizerState.STEP_SIZE).get(0), EXACT);
    }

    @Test
    void adamCountsUpdateCallsAndCorrectsBiasThroughLrT() {
        ElementwiseOptimizer adam = create(OptimizerKind.ADAM, 0.3);
        assertEquals(0, adam.state().step());
        step(adam);
        // t = 1: lr_t = 0.3·√0.001/0.1; m = 0.1·g, √v = √0.001·|g|, so the step is lr·sign(g).
        double lrT1 = 0.3 * Math.sqrt(1 - 0.999) / (1 - 0.9);
        OptimizerState state = adam.state();
        assertEquals(1, state.step(), "one update() moving two parameters is one step");
        assertEquals(lrT1, state.scalars().get(Adam.LR_T), EXACT);
        assertEquals(-0.07, state.slot("x", "m").get(0), EXACT);
        assertEquals(0.001 * 16, state.slot("y", "v").get(0), EXACT);
        assertEquals(-7 + lrT1 * 0.07 / (Math.sqrt(0.00049) + 1e-7), x[0], EXACT);
        assertEquals(-6.7, x[0], 1e-5);
        assertEquals(1.7, y[0], 1e-5);
        step(adam);
        assertEquals(2, adam.state().step());
        assertEquals(0.3 * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.9 * 0.9),
                adam.state().scalars().get(Adam.LR_T), EXACT);
    }
}
