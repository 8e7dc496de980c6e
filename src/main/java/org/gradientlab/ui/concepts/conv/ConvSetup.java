package org.gradientlab.ui.concepts.conv;

import org.gradientlab.core.concepts.conv.LayerGeometry;
import org.gradientlab.ui.lab.SetupChecks;

/**
 * The convolution page as a saved scene holds it: the mode, the seven hyperparameters, the output
 * cell on show and the playing speed. Each value is in its field's range; whether they fit
 * together (the filter inside the padded input, the stride across it) is the page's to say, as it
 * says it for typed values.
 *
 * @param pooling true for max pooling (padding and filters are then kept but unused)
 * @param step    the output cell on show, in reading order; past the last cell shows the last
 * @param speed   output cells per second while playing
 */
public record ConvSetup(boolean pooling, int width, int height, int depth, int filter, int stride, int padding,
                        int filters, int step, double speed) {
    public ConvSetup {
        SetupChecks.in("width", width, 1, LayerGeometry.MAX_SIDE);
        SetupChecks.in("height", height, 1, LayerGeometry.MAX_SIDE);
        SetupChecks.in("depth", depth, 1, LayerGeometry.MAX_DEPTH);
        SetupChecks.in("filter", filter, 1, 2L * LayerGeometry.MAX_PADDING + LayerGeometry.MAX_SIDE);
        SetupChecks.in("stride", stride, 1, LayerGeometry.MAX_STRIDE);
        SetupChecks.in("padding", padding, 0, LayerGeometry.MAX_PADDING);
        SetupChecks.in("filters", filters, 1, LayerGeometry.MAX_DEPTH);
        SetupChecks.in("step", step, 0, Integer.MAX_VALUE);
        SetupChecks.in("speed", speed, ConvPageModel.MIN_SPEED, ConvPageModel.MAX_SPEED);
    }
}
