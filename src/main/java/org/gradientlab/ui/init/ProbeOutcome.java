package org.gradientlab.ui.init;

import java.util.List;
import java.util.Objects;

import org.gradientlab.core.experiment.probe.ActivationProbeResult;
import org.gradientlab.core.experiment.probe.LayerHealth;

/**
 * One computed setting as the views show it: the probe's statistics and core's verdicts.
 *
 * @param gradientHealth empty when the run had no backward pass
 */
record ProbeOutcome(InitSettings settings, ActivationProbeResult result, List<LayerHealth> health,
                    List<LayerHealth> gradientHealth) {
    ProbeOutcome {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(result, "result");
        health = List.copyOf(health);
        gradientHealth = List.copyOf(gradientHealth);
    }

    boolean hasGradients() {
        return !result.gradients().isEmpty();
    }
}
