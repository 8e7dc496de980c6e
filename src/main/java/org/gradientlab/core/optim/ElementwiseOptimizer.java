package org.gradientlab.core.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape shared by every optimizer of common/optimizer.py: state arrays per parameter name,
 * zero until the first update, each element updated on its own. A subclass writes its formula
 * once, in {@link #updateParameter}, for both double[] (2-D lab) and float[] (network) values.
 */
public abstract class ElementwiseOptimizer implements Optimizer {

    /** The book's ε in AdaGrad, RMSProp and Adam. */
    public static final double EPSILON = 1e-7;

    /** lr, read by every formula; a learning-rate schedule may change it between updates. */
    protected double lr;

    private final OptimizerSettings settings;
    private final String[] slotNames;
    // parameter name -> [slot][element]; allocated once per name, on its first update.
    private final Map<String, double[][]> state = new LinkedHashMap<>();
    private long step;

    protected ElementwiseOptimizer(OptimizerSettings settings, OptimizerKind kind, String... slotNames) {
        if (settings.kind() != kind) {
            throw new IllegalArgumentException("settings for " + settings.kind().id() + " given to " + kind.id());
        }
        this.settings = settings;
        this.lr = settings.learningRate();
        this.slotNames = slotNames.clone();
    }

    @Override
    public final void update(List<Parameter> parameters) {
        step++;
        beginStep(step);
        for (Parameter parameter : parameters) {
            updateParameter(parameter.value(), parameter.gradient(), slotsOf(parameter));
        }
    }

    /** Called once per update() before any parameter moves, with the new t (Adam's lr_t). */
    protected void beginStep(long t) {
    }

    /**
     * Updates {@code value} in place from {@code gradient}, reading and writing this parameter's
     * state: {@code slots[k]} is the array of the k-th slot name given to the constructor.
     */
    protected abstract void updateParameter(Values value, Values gradient, double[][] slots);

    /** The effective step size per element for display, or null where there is none. */
    protected double[] stepSize(double[][] slots) {
        return null;
    }

    /** State shared by all parameters, for display. */
    protected Map<String, Double> scalars() {
        return Map.of();
    }

    /**
     * Sets lr for the following updates (a learning-rate schedule's rate for the next step);
     * Adam's lr_t follows, as it is computed from lr at the start of each update. At 0, SGD,
     * AdaGrad, RMSProp and Adam leave the parameters where they are; Momentum and Nesterov coast
     * on their velocity. {@link #settings()} keeps the initial lr.
     */
    public final void setLearningRate(double learningRate) {
        if (!(learningRate >= 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learning rate must be a finite number >= 0, got " + learningRate);
        }
        lr = learningRate;
    }

    /** The lr the next update uses. */
    public final double learningRate() {
        return lr;
    }

    public final OptimizerSettings settings() {
        return settings;
    }

    /** t: how many times update() has run. */
    public final long step() {
        return step;
    }

    /** A copy of the current state (see {@link OptimizerState}). */
    public final OptimizerState state() {
        List<OptimizerState.Slot> slots = new ArrayList<>();
        state.forEach((parameter, arrays) -> {
            for (int k = 0; k < slotNames.length; k++) {
                slots.add(new OptimizerState.Slot(parameter, slotNames[k], arrays[k]));
            }
            double[] stepSize = stepSize(arrays);
            if (stepSize != null) {
                slots.add(new OptimizerState.Slot(parameter, OptimizerState.STEP_SIZE, stepSize));
            }
        });
        return new OptimizerState(settings.kind(), step, step == 0 ? Map.of() : scalars(), slots);
    }

    /** lr/(√s + ε) per element: AdaGrad and RMSProp with s = h, Adam with lr_t and s = v. */
    protected static double[] adaptiveStepSize(double learningRate, double[] squares) {
        double[] result = new double[squares.length];
        for (int i = 0; i < squares.length; i++) {
            result[i] = learningRate / (Math.sqrt(squares[i]) + EPSILON);
        }
        return result;
    }

    private double[][] slotsOf(Parameter parameter) {
        int size = parameter.value().size();
        double[][] slots = state.get(parameter.name());
        if (slots == null) {
            slots = new double[slotNames.length][size];
            state.put(parameter.name(), slots);
        } else if (slotNames.length > 0 && slots[0].length != size) {
            throw new IllegalArgumentException("parameter " + parameter.name() + " changed size from "
                    + slots[0].length + " to " + size);
        }
        return slots;
    }
}
