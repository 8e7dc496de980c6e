package org.gradientlab.core.concepts.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A convolution layer's geometry (CS231n lecture 7): a W×H×D input, K filters of F×F×D, stride S,
 * zero padding P. Output W2×H2×K with W2 = (W − F + 2P)/S + 1; F·F·D weights per filter and one
 * bias each.
 */
public record ConvLayer(int width, int height, int depth, int filter, int stride, int padding, int filters)
        implements LayerGeometry {

    public ConvLayer {
        LayerGeometry.requireValid(problems(width, height, depth, filter, stride, padding, filters));
    }

    /** Every out-of-range field, in the order W, H, D, F, S, P, K; empty when the layer can be built. */
    public static List<FieldProblem> problems(int width, int height, int depth, int filter, int stride, int padding,
            int filters) {
        List<FieldProblem> problems = LayerGeometry.windowProblems(width, height, depth, filter, stride, padding);
        LayerGeometry.check(problems, Field.FILTERS, filters, 1, MAX_DEPTH);
        return problems;
    }

    @Override
    public boolean pooling() {
        return false;
    }

    @Override
    public int outputDepth() {
        return filters;
    }

    /** F·F·D·K. */
    public long weights() {
        return (long) filter * filter * depth * filters;
    }

    @Override
    public long parameters() {
        return weights() + filters;
    }

    @Override
    public String parametersFormula() {
        return "(" + filter + "·" + filter + "·" + depth + " + 1)·" + filters + " = " + LayerGeometry.grouped(parameters());
    }

    @Override
    public OptionalLong operations() {
        if (!fits()) {
            return OptionalLong.empty();
        }
        // Each of the W2·H2·K outputs is one dot product of F·F·D weights with its window.
        return OptionalLong.of(Math.multiplyExact((long) outputWidth() * outputHeight() * filters,
                (long) filter * filter * depth));
    }

    @Override
    public String operationsFormula() {
        return operations().stream().mapToObj(n -> outputWidth() + "·" + outputHeight() + "·" + filters + "·" + filter
                + "·" + filter + "·" + depth + " = " + LayerGeometry.grouped(n)).findFirst().orElse("");
    }

    /** The nearest paddings and strides (below and above the current ones) that make both axes fit. */
    @Override
    public List<Suggestion> suggestions() {
        if (fits()) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        for (int p = padding - 1; p >= 0; p--) {
            if (addIfFits(out, Field.PADDING, filter, stride, p)) {
                break;
            }
        }
        for (int p = padding + 1; p <= MAX_PADDING; p++) {
            if (addIfFits(out, Field.PADDING, filter, stride, p)) {
                break;
            }
        }
        for (int s = stride - 1; s >= 1; s--) {
            if (addIfFits(out, Field.STRIDE, filter, s, padding)) {
                break;
            }
        }
        // A stride longer than the travel fits only a travel of 0, so the search can stop there.
        int travel = Math.max(horizontal().span(), vertical().span());
        for (int s = stride + 1; s <= Math.min(travel, MAX_STRIDE); s++) {
            if (addIfFits(out, Field.STRIDE, filter, s, padding)) {
                break;
            }
        }
        return out;
    }

    private boolean addIfFits(List<Suggestion> out, Field field, int f, int s, int p) {
        if (!problems(width, height, depth, f, s, p, filters).isEmpty()) {
            return false;
        }
        ConvLayer other = new ConvLayer(width, height, depth, f, s, p, filters);
        if (other.fits()) {
            out.add(new Suggestion(field, field == Field.PADDING ? p : s, other.outputWidth(), other.outputHeight()));
            return true;
        }
        return false;
    }
}
