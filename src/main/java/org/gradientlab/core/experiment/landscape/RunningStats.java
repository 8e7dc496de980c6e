package org.gradientlab.core.experiment.landscape;

import java.util.ArrayList;
import java.util.List;

import org.gradientlab.core.nn.BatchNorm;
import org.gradientlab.core.nn.Layer;
import org.gradientlab.core.nn.MultiLayerNet;

/**
 * The running means and variances of a net's batch-norm layers, in layer order: what the net
 * normalises with in inference mode. A net without batch norm has none ({@link #NONE}).
 *
 * @param means per batch-norm layer, one value per feature
 * @param vars  per batch-norm layer, one value per feature
 */
public record RunningStats(List<double[]> means, List<double[]> vars) {
    public static final RunningStats NONE = new RunningStats(List.of(), List.of());

    public RunningStats {
        means = List.copyOf(means);
        vars = List.copyOf(vars);
        if (means.size() != vars.size()) {
            throw new IllegalArgumentException(means.size() + " means for " + vars.size() + " variances");
        }
        for (int i = 0; i < means.size(); i++) {
            if (means.get(i).length != vars.get(i).length) {
                throw new IllegalArgumentException("layer " + i + ": " + means.get(i).length + " means for "
                        + vars.get(i).length + " variances");
            }
        }
    }

    /** A copy of {@code net}'s running statistics. */
    public static RunningStats of(MultiLayerNet net) {
        List<double[]> means = new ArrayList<>();
        List<double[]> vars = new ArrayList<>();
        for (BatchNorm norm : norms(net)) {
            means.add(norm.runningMean());
            vars.add(norm.runningVar());
        }
        return new RunningStats(means, vars);
    }

    /** Sets {@code net}'s running statistics to these; the net must have as many batch-norm layers, as wide. */
    public void assign(MultiLayerNet net) {
        List<BatchNorm> norms = norms(net);
        if (norms.size() != means.size()) {
            throw new IllegalArgumentException("statistics of " + means.size() + " batch-norm layers for a net with "
                    + norms.size());
        }
        for (int i = 0; i < norms.size(); i++) {
            norms.get(i).setRunning(means.get(i), vars.get(i));
        }
    }

    /**
     * The statistics at α on the line from {@code start} to {@code end}: (1−a)·start + a·end with
     * a = α clamped to [0, 1], so the line's weights may run beyond its ends (α in [−0.5, 1.5])
     * while the variances stay between two measured ones, never negative. Exactly {@code start}
     * at α ≤ 0 and {@code end} at α ≥ 1.
     */
    public static RunningStats between(RunningStats start, RunningStats end, double alpha) {
        if (start.means.size() != end.means.size()) {
            throw new IllegalArgumentException("statistics of " + start.means.size() + " and " + end.means.size()
                    + " batch-norm layers");
        }
        double a = Math.max(0, Math.min(1, alpha));
        if (a == 0) {
            return start;
        }
        if (a == 1) {
            return end;
        }
        List<double[]> means = new ArrayList<>();
        List<double[]> vars = new ArrayList<>();
        for (int i = 0; i < start.means.size(); i++) {
            means.add(mix(start.means.get(i), end.means.get(i), a));
            vars.add(mix(start.vars.get(i), end.vars.get(i), a));
        }
        return new RunningStats(means, vars);
    }

    private static double[] mix(double[] from, double[] to, double a) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("layers of " + from.length + " and " + to.length + " features");
        }
        double[] out = new double[from.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (1 - a) * from[k] + a * to[k];
        }
        return out;
    }

    private static List<BatchNorm> norms(MultiLayerNet net) {
        List<BatchNorm> norms = new ArrayList<>();
        for (Layer layer : net.layers()) {
            if (layer instanceof BatchNorm norm) {
                norms.add(norm);
            }
        }
        return norms;
    }
}
