package org.gradientlab.core.concepts.conv;

import java.util.List;

/**
 * The small worked example drawn for a layer: one depth slice and one filter on an input of at
 * most {@link #MAX_SIDE}×{@link #MAX_SIDE}. A small layer is shown as it is; a large one keeps
 * its F, S and P on a 5–9 wide input chosen so the windows fit exactly when the layer's do,
 * with F, S or P reduced only when the small grid cannot hold them (the flags say which).
 */
public record DemoPlan(int width, int height, int filter, int stride, int padding, boolean pooling,
        boolean sameSize, boolean filterReduced, boolean strideReduced, boolean paddingReduced) {
    public static final int MAX_SIDE = 9;
    static final int MAX_FILTER = 5;
    static final int MAX_STRIDE = 4;
    static final int MAX_PADDING = 2;
    /** Input sides tried for a large layer, the lecture's 7×7 first. */
    private static final List<Integer> SIDES = List.of(7, 8, 6, 9, 5);

    public DemoPlan {
        if (width < 1 || width > MAX_SIDE || height < 1 || height > MAX_SIDE) {
            throw new IllegalArgumentException("the demo input must be 1 to " + MAX_SIDE + " wide and high, got "
                    + width + "×" + height);
        }
        if (filter < 1 || filter > Math.min(width, height) + 2 * padding || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("the demo window F=" + filter + " S=" + stride + " P=" + padding
                    + " does not fit a " + width + "×" + height + " input");
        }
    }

    public static DemoPlan of(LayerGeometry layer) {
        if (layer.width() <= MAX_SIDE && layer.height() <= MAX_SIDE) {
            return new DemoPlan(layer.width(), layer.height(), layer.filter(), layer.stride(), layer.padding(),
                    layer.pooling(), true, false, false, false);
        }
        int filter = layer.filter() <= MAX_FILTER ? layer.filter() : 3;
        // A shrunk filter keeps its windows overlapping as a wide filter's do (AlexNet: 11 with stride 4).
        int stride = Math.min(layer.stride(), filter < layer.filter() ? Math.max(1, filter - 1) : MAX_STRIDE);
        int padding = Math.min(layer.padding(), MAX_PADDING);
        int side = SIDES.get(0);
        for (int n : SIDES) {
            AxisFit axis = new AxisFit(n, filter, stride, padding, !layer.pooling());
            if (filter <= n + 2 * padding && axis.fits() == layer.fits()) {
                side = n;
                break;
            }
        }
        return new DemoPlan(side, side, filter, stride, padding, layer.pooling(), false,
                filter != layer.filter(), stride != layer.stride(), padding != layer.padding());
    }

    public AxisFit horizontal() {
        return new AxisFit(width, filter, stride, padding, !pooling);
    }

    public AxisFit vertical() {
        return new AxisFit(height, filter, stride, padding, !pooling);
    }
}
