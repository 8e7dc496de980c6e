package org.gradientlab.core.concepts.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A max-pooling layer's geometry (CS231n lecture 7): F×F windows with stride S over each of the
 * D slices of a W×H×D input, no padding, no parameters. Output W2×H2×D with W2 = (W − F)/S + 1.
 */
public record MaxPool(int width, int height, int depth, int filter, int stride) implements LayerGeometry {

    public MaxPool {
        LayerGeometry.requireValid(problems(width, height, depth, filter, stride));
    }

    /** Every out-of-range field, in the order W, H, D, F, S; empty when the layer can be built. */
    public static List<FieldProblem> problems(int width, int height, int depth, int filter, int stride) {
        return LayerGeometry.windowProblems(width, height, depth, filter, stride, 0);
    }

    @Override
    public int padding() {
        return 0;
    }

    @Override
    public boolean pooling() {
        return true;
    }

    @Override
    public int outputDepth() {
        return depth;
    }

    @Override
    public long parameters() {
        return 0;
    }

    @Override
    public String parametersFormula() {
        return "0";
    }

    @Override
    public OptionalLong operations() {
        if (!fits()) {
            return OptionalLong.empty();
        }
        // The max of F·F numbers takes F·F − 1 comparisons, once per output cell.
        return OptionalLong.of((long) outputWidth() * outputHeight() * depth * (filter * filter - 1));
    }

    @Override
    public String operationsFormula() {
        return operations().stream().mapToObj(n -> outputWidth() + "·" + outputHeight() + "·" + depth + "·(" + filter
                + "·" + filter + " − 1) = " + LayerGeometry.grouped(n)).findFirst().orElse("");
    }

    /** The nearest strides and window sizes (below and above) that make both axes fit. */
    @Override
    public List<Suggestion> suggestions() {
        if (fits()) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        int smallest = Math.min(width, height);
        for (int s = stride - 1; s >= 1; s--) {
            if (addIfFits(out, Field.STRIDE, filter, s)) {
                break;
            }
        }
        for (int s = stride + 1; s <= Math.min(smallest, MAX_STRIDE); s++) {
            if (addIfFits(out, Field.STRIDE, filter, s)) {
                break;
            }
        }
        for (int f = filter - 1; f >= 1; f--) {
            if (addIfFits(out, Field.FILTER, f, stride)) {
                break;
            }
        }
        for (int f = filter + 1; f <= smallest; f++) {
            if (addIfFits(out, Field.FILTER, f, stride)) {
                break;
            }
        }
        return out;
    }

    private boolean addIfFits(List<Suggestion> out, Field field, int f, int s) {
        MaxPool other = new MaxPool(width, height, depth, f, s);
        if (other.fits()) {
            out.add(new Suggestion(field, field == Field.FILTER ? f : s, other.outputWidth(), other.outputHeight()));
            return true;
        }
        return false;
    }
}
