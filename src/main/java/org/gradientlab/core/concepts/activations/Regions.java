package org.gradientlab.core.concepts.activations;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sampled function saturates or is dead.
 * <p>
 * Dead: f′(x) = 0 exactly; a neuron whose inputs all fall there gets no gradient and never
 * changes again (ReLU for x ≤ 0). Saturated: on a side where the function flattens against a
 * bound ({@link GalleryFunction#saturatesLeft()}), 0 &lt; |f′(x)| &lt; 10 % of the largest |f′|
 * on the range shown, so the gradient passing back is cut at least tenfold: sigmoid for
 * |x| &gt; 3.6 (σ′ = 0.025 against 0.25 at 0), tanh for |x| &gt; 1.8, ELU for x &lt; ln 0.1 ≈ −2.3.
 * A constant small slope (Leaky ReLU's α) is not saturation: it never fades further.
 */
public final class Regions {
    public static final double SATURATION_FRACTION = 0.1;

    private Regions() {}

    public static List<Region> find(FunctionCurve curve, GalleryFunction function) {
        double[] x = curve.x();
        double[] slope = curve.slope();
        double flat = SATURATION_FRACTION * curve.maxAbsSlope();
        List<Region> regions = new ArrayList<>();
        Region.Kind open = null;
        int start = 0;
        for (int i = 0; i <= x.length; i++) {
            Region.Kind kind = i == x.length ? null : kindAt(x[i], slope[i], flat, function);
            if (kind != open) {
                if (open != null) {
                    regions.add(new Region(open, x[start], x[i - 1]));
                }
                open = kind;
                start = i;
            }
        }
        return List.copyOf(regions);
    }

    private static Region.Kind kindAt(double x, double slope, double flat, GalleryFunction function) {
        if (slope == 0) {
            return Region.Kind.DEAD;
        }
        boolean flattens = x < 0 ? function.saturatesLeft() : x > 0 && function.saturatesRight();
        return flattens && Math.abs(slope) < flat ? Region.Kind.SATURATED : null;
    }
}
