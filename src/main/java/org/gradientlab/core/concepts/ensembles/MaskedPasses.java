package org.gradientlab.core.concepts.ensembles;

import java.util.List;

import org.gradientlab.core.nn.Dropout;
import org.gradientlab.core.nn.Layer;
import org.gradientlab.core.linalg.Matrix;
import org.gradientlab.core.nn.MultiLayerNet;

/**
 * Training-mode forward passes of one net over fixed inputs, each with fresh dropout masks:
 * the same outputs, mask for mask, as {@code net.predict(x, true)}, but the layers before the
 * first Dropout run once. They draw no mask and, without batch norm (SmallNet has none), give
 * the same output in both modes; for 784-100-100-10 the first Affine is most of the work.
 * Uses the net's layer buffers: no other forward of the net in between.
 */
final class MaskedPasses {
    private final Matrix prefix;
    private final List<Layer> rest;

    MaskedPasses(MultiLayerNet net, Matrix x) {
        List<Layer> layers = net.layers();
        int first = 0;
        while (first < layers.size() && !(layers.get(first) instanceof Dropout)) {
            first++;
        }
        Matrix out = x;
        for (Layer layer : layers.subList(0, first)) {
            out = layer.forward(out, true);
        }
        prefix = out;
        rest = layers.subList(first, layers.size());
    }

    /** softmax of the next masked pass, [rows, classes]: a new matrix each call. */
    Matrix next() {
        Matrix out = prefix;
        for (Layer layer : rest) {
            out = layer.forward(out, true);
        }
        return ProbabilitySum.softmax(out);
    }
}
