package org.gradientlab.ui.concepts.landscape;

import java.util.List;

import org.gradientlab.core.experiment.landscape.PlaneKind;
import org.gradientlab.ui.lab.SetupChecks;

/**
 * The loss-landscape page as a saved scene holds it: which net to train, which slice to draw and,
 * when {@code compare} is on, the second net drawn beside it. Measured landscapes are results, not
 * setup. Files written before the comparison read as compare off, against Adam without batch norm
 * (ui/scene/SceneMigration).
 *
 * @param optimizer        "sgd" or "adam", at the book's learning rate
 * @param batchNorm        batch norm before each hidden activation
 * @param plane            "pca" (the path's principal directions) or "random" (filter-normalised)
 * @param compare          a second net side by side, on shared contour levels and axes
 * @param compareOptimizer the second net's optimizer, "sgd" or "adam"
 * @param compareBatchNorm the second net's batch norm
 */
public record LandscapeSetup(String optimizer, boolean batchNorm, String plane, boolean compare,
                             String compareOptimizer, boolean compareBatchNorm) {
    static final List<String> OPTIMIZERS = List.of("sgd", "adam");
    /** The second net of a file written before the comparison, and of the defaults. */
    static final String COMPARE_OPTIMIZER = "adam";

    public LandscapeSetup {
        SetupChecks.oneOf("optimizer", optimizer, OPTIMIZERS);
        SetupChecks.known("plane", plane, PlaneKind::fromId);
        SetupChecks.oneOf("compareOptimizer", compareOptimizer, OPTIMIZERS);
    }

    /** One net, no comparison (the second net at its default). */
    public LandscapeSetup(String optimizer, boolean batchNorm, String plane) {
        this(optimizer, batchNorm, plane, false, COMPARE_OPTIMIZER, false);
    }

    static LandscapeSetup defaults() {
        return new LandscapeSetup("sgd", false, PlaneKind.PCA.id());
    }

    LandscapeSetup withOptimizer(String id) {
        return new LandscapeSetup(id, batchNorm, plane, compare, compareOptimizer, compareBatchNorm);
    }

    LandscapeSetup withBatchNorm(boolean on) {
        return new LandscapeSetup(optimizer, on, plane, compare, compareOptimizer, compareBatchNorm);
    }

    LandscapeSetup withPlane(String id) {
        return new LandscapeSetup(optimizer, batchNorm, id, compare, compareOptimizer, compareBatchNorm);
    }

    LandscapeSetup withCompare(boolean on) {
        return new LandscapeSetup(optimizer, batchNorm, plane, on, compareOptimizer, compareBatchNorm);
    }

    LandscapeSetup withCompareOptimizer(String id) {
        return new LandscapeSetup(optimizer, batchNorm, plane, compare, id, compareBatchNorm);
    }

    LandscapeSetup withCompareBatchNorm(boolean on) {
        return new LandscapeSetup(optimizer, batchNorm, plane, compare, compareOptimizer, on);
    }
}
