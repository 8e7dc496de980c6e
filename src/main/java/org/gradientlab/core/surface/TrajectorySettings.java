package org.gradientlab.core.surface;

import java.util.Objects;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * One run of the optimizer-trajectory lab: which surface, which optimizer, from where, how long,
 * and how noisy its gradients are.
 *
 * @param steps number of updates, 1..{@value #MAX_STEPS}
 * @param noise noise added to each gradient; {@link GradientNoise#NONE} for the book's exact paths
 */
public record TrajectorySettings(Surface surface, OptimizerSettings optimizer, Vec2 start, int steps,
                                 GradientNoise noise) {

    public static final int MAX_STEPS = 100_000;
    /** The book's start (ch06/optimizer_compare_naive.py). */
    public static final Vec2 BOOK_START = new Vec2(-7.0, 2.0);
    public static final int BOOK_STEPS = 30;

    public TrajectorySettings {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(noise, "noise");
        if (!start.isFinite()) {
            throw new IllegalArgumentException("start must be a finite point, got " + start);
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in 1.." + MAX_STEPS + ", got " + steps);
        }
    }

    /** A run with exact gradients, as the book's. */
    public TrajectorySettings(Surface surface, OptimizerSettings optimizer, Vec2 start, int steps) {
        this(surface, optimizer, start, steps, GradientNoise.NONE);
    }

    public TrajectorySettings withNoise(GradientNoise value) {
        return new TrajectorySettings(surface, optimizer, start, steps, value);
    }

    /** The book's figure: f = x²/20 + y² from (−7, 2), 30 steps, the figure's lr for {@code kind}. */
    public static TrajectorySettings bookFigure(OptimizerKind kind) {
        return new TrajectorySettings(PresetSurface.BOOK,
                OptimizerSettings.defaults(kind).withLearningRate(kind.figureLearningRate()), BOOK_START, BOOK_STEPS);
    }
}
