package org.gradientlab.ui.optimizer;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.ExpressionSurface;
import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.core.surface.Surface;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.ViewRect;

/**
 * The optimizer lab as a saved scene holds it: the surface (a preset name or a formula), the
 * start, the step count, each optimizer's settings and whether it is shown, the part of the
 * plane on screen, the layout, the selected run and the step on the timeline.
 *
 * @param surface  a preset name ("book", "rosenbrock", ...) or a formula in x and y
 * @param runs     each optimizer at most once; one not listed is switched off
 * @param view     the visible part of the plane; null for the surface's own
 * @param selected the run whose state the side panel shows
 * @param step     the step on the timeline, 0..steps
 * @param noise    noise on the gradients, σ and seed; a file from before it was saved reads σ = 0
 *                 ({@code SceneMigration})
 * @param dimension the map, the 3-D surface or both; a file from before the 3-D view has none
 *                  and opens as the map (SceneMigration fills it in)
 */
public record OptimizerSetup(String surface, Vec2 start, int steps, List<RunSetup> runs, ViewRect view,
                             OptimizerLabModel.Layout layout, OptimizerKind selected, int step, GradientNoise noise,
                             OptimizerLabModel.Dimension dimension) {

    /** Exact gradients, as the book's, on the map only. */
    public OptimizerSetup(String surface, Vec2 start, int steps, List<RunSetup> runs, ViewRect view,
                          OptimizerLabModel.Layout layout, OptimizerKind selected, int step) {
        this(surface, start, steps, runs, view, layout, selected, step, GradientNoise.NONE,
                OptimizerLabModel.Dimension.TWO_D);
    }

    /** One optimizer: shown or not, and its hyperparameters (the kind is inside the settings). */
    public record RunSetup(boolean enabled, OptimizerSettings settings) {
        public RunSetup {
            Objects.requireNonNull(settings, "settings");
        }
    }

    public OptimizerSetup {
        Objects.requireNonNull(surface, "surface");
        parseSurface(surface);
        Objects.requireNonNull(start, "start");
        if (!start.isFinite()) {
            throw new IllegalArgumentException("start must be a finite point, got " + start);
        }
        if (steps < 1 || steps > OptimizerLabModel.MAX_STEPS) {
            throw new IllegalArgumentException("steps must be in 1.." + OptimizerLabModel.MAX_STEPS + ", got " + steps);
        }
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
        Set<OptimizerKind> seen = EnumSet.noneOf(OptimizerKind.class);
        for (RunSetup run : runs) {
            if (!seen.add(run.settings().kind())) {
                throw new IllegalArgumentException("runs: " + run.settings().kind().id() + " is listed twice");
            }
        }
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(selected, "selected");
        Objects.requireNonNull(dimension, "dimension");
        if (step < 0 || step > steps) {
            throw new IllegalArgumentException("step must be in 0.." + steps + " (the steps), got " + step);
        }
        Objects.requireNonNull(noise, "noise");
    }

    /** The surface the text names; the constructor has checked that it parses. */
    public Surface parsedSurface() {
        return parseSurface(surface);
    }

    // An ExpressionException is itself an IllegalArgumentException that says where the formula fails.
    private static Surface parseSurface(String surface) {
        return ExpressionSurface.presetOrParse(surface);
    }
}
