package org.gradientlab.ui.init;

import java.util.Objects;

/**
 * The initialization lab as a saved scene holds it: the live settings (activation, init, std,
 * layers, nodes, batch norm, seed), the pinned A side if any, and the display switches.
 *
 * @param pinned the A side kept for comparison; null without a pin
 */
public record InitSetup(InitSettings settings, InitSettings pinned, boolean showGradients, boolean sharedScale,
                        boolean bookFigure) {
    public InitSetup {
        Objects.requireNonNull(settings, "settings");
    }
}
