package org.gradientlab.core.concepts.activations;

import java.util.ArrayList;
import java.util.List;

import org.gradientlab.core.nn.Affine;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.PRelu;
import org.gradientlab.core.optim.Optimizer;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.optim.Parameter;
import org.gradientlab.core.optim.Values;

/**
 * PReLU learning its α on a task that needs it: fit y = |x| on 41 points of [−2, 2] with one
 * neuron, ŷ = PReLU(w·x + b), starting at w = 1, b = 0 and α = 0.25, by full-batch SGD on
 * L = ½·mean((ŷ − y)²). ReLU (α = 0) can only draw the right half of the V; the left half needs
 * a slope of −1, so α must fall from 0.25 through 0 to −1 (He et al. 2015 leave α free of sign).
 * Deterministic: no random draw anywhere.
 */
public final class PreluFit {
    /** The task's inputs: −2, −1.9, …, 2. */
    public static final int POINTS = 41;
    public static final double X_MAX = 2;

    private PreluFit() {}

    /**
     * One state of the neuron.
     *
     * @param iteration SGD steps taken (0 = before training)
     * @param loss      ½·mean((ŷ − y)²) at these parameters
     */
    public record Step(int iteration, double loss, double alpha, double weight, double bias) {}

    /** The data and every state from the start to the last step. */
    public record Result(double[] x, double[] target, List<Step> steps) {
        public Result {
            x = x.clone();
            target = target.clone();
            steps = List.copyOf(steps);
        }

        public Step first() {
            return steps.get(0);
        }

        public Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    public static Result run(PreluFitConfig config) {
        Matrix x = new Matrix(POINTS, 1);
        double[] xs = new double[POINTS];
        double[] target = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = -X_MAX + 2 * X_MAX * i / (POINTS - 1);
            x.data[i] = (float) xs[i];
            target[i] = Math.abs(xs[i]);
        }
        Affine affine = new Affine(new Matrix(1, 1, new float[] {1f}));
        PRelu prelu = new PRelu(1, (float) config.initialAlpha());
        List<Parameter> parameters = List.of(
                new Parameter("W", Values.of(affine.weights().data), Values.of(affine.weightGradient().data)),
                new Parameter("b", Values.of(affine.bias()), Values.of(affine.biasGradient())),
                new Parameter("alpha", Values.of(prelu.alpha()), Values.of(prelu.alphaGradient())));
        Optimizer sgd = OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(config.learningRate()).create();

        List<Step> steps = new ArrayList<>(config.iterations() + 1);
        Matrix dout = new Matrix(POINTS, 1);
        for (int t = 0; ; t++) {
            Matrix y = prelu.forward(affine.forward(x, true), true);
            double loss = 0;
            for (int i = 0; i < POINTS; i++) {
                double error = y.data[i] - target[i];
                loss += 0.5 * error * error / POINTS;
                dout.data[i] = (float) (error / POINTS);
            }
            steps.add(new Step(t, loss, prelu.alpha()[0], affine.weights().data[0], affine.bias()[0]));
            if (t == config.iterations()) {
                break;
            }
            affine.backward(prelu.backward(dout));
            sgd.update(parameters);
        }
        return new Result(xs, target, steps);
    }

    /** ŷ(x) of the neuron at {@code step}, through the same layers as the training. */
    public static double[] predict(Step step, double[] xs) {
        Matrix x = new Matrix(xs.length, 1);
        for (int i = 0; i < xs.length; i++) {
            x.data[i] = (float) xs[i];
        }
        Affine affine = new Affine(new Matrix(1, 1, new float[] {(float) step.weight()}));
        affine.bias()[0] = (float) step.bias();
        Matrix y = new PRelu(1, (float) step.alpha()).forward(affine.forward(x, false), false);
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = y.data[i];
        }
        return out;
    }
}
