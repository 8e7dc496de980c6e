package org.gradientlab.core.concepts.conv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Windows along one axis (CS231n lecture 7): output = (W − F + 2P)/S + 1. The windows fit when
 * S divides W − F + 2P; otherwise the last window would hang over the padded edge.
 *
 * @param padded whether the layer pads at all (pooling does not, so its formula leaves P out)
 */
public record AxisFit(int input, int filter, int stride, int padding, boolean padded) {

    /** W − F + 2P, how far the window travels. */
    public int span() {
        return input - filter + 2 * padding;
    }

    public boolean fits() {
        return span() >= 0 && span() % stride == 0;
    }

    /** The number of whole windows, floor((W − F + 2P)/S) + 1; the output size when the windows fit. */
    public int windows() {
        return Math.floorDiv(span(), stride) + 1;
    }

    /** (W − F + 2P)/S + 1 as a real number: 2.33 for (7 − 3 + 0)/3 + 1. */
    public double exact() {
        return (double) span() / stride + 1;
    }

    /** The formula with the numbers in: "(7 − 3 + 2·0)/2 + 1 = 3", "(7 − 3)/3 + 1 = 2.33". */
    public String formula() {
        String inside = padded
                ? input + " − " + filter + " + 2·" + padding
                : input + " − " + filter;
        return "(" + inside + ")/" + stride + " + 1 = " + decimal(exact());
    }

    /** Up to two decimals, no trailing zeros: 3, 2.5, 2.33. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
