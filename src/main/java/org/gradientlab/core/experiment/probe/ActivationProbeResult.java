package org.gradientlab.core.experiment.probe;

import java.util.List;
import java.util.Objects;

/**
 * What one probe run found, layer 1 first.
 *
 * @param config      the run's settings
 * @param activations the output z of each layer
 * @param gradients   the gradient reaching each layer's input (layer 1: the data) when
 *                    {@code config.backward()}, else empty; histograms over one symmetric range
 *                    ±max|g| shared by all layers, so their widths compare
 */
public record ActivationProbeResult(ActivationProbeConfig config, List<LayerStatistics> activations,
                                    List<LayerStatistics> gradients) {
    public ActivationProbeResult {
        Objects.requireNonNull(config, "config");
        activations = List.copyOf(activations);
        gradients = List.copyOf(gradients);
    }
}
