package org.gradientlab.ui.concepts.landscape;

import java.util.List;

import org.gradientlab.core.experiment.landscape.PlaneKind;
import org.gradientlab.ui.lab.SetupChecks;

/**
 * The loss-landscape page as a saved scene holds it: which net to train and which slice to draw.
 * Measured landscapes are results, not setup.
 *
 * @param optimizer "sgd" or "adam", at the book's learning rate
 * @param batchNorm batch norm before each hidden activation
 * @param plane     "pca" (the path's principal directions) or "random" (filter-normalised)
 */
public record LandscapeSetup(String optimizer, boolean batchNorm, String plane) {
    static final List<String> OPTIMIZERS = List.of("sgd", "adam");

    public LandscapeSetup {
        SetupChecks.oneOf("optimizer", optimizer, OPTIMIZERS);
        SetupChecks.known("plane", plane, PlaneKind::fromId);
    }

    static LandscapeSetup defaults() {
        return new LandscapeSetup("sgd", false, PlaneKind.PCA.id());
    }
}
