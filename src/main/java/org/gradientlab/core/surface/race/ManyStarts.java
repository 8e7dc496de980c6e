package org.gradientlab.core.surface.race;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.core.surface.RunSummary;
import org.gradientlab.core.surface.Surface;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.ViewRect;

/**
 * One start proves little: the book's (−7, 2) suits some optimizers. Here an optimizer runs from
 * every point of an n × n grid over the view, and the table says how often it gets within
 * {@link RunSummary#TARGET} of the minimum value and how many steps that took (the median over
 * the starts that did).
 */
public final class ManyStarts {
    public static final int MAX_SIDE = 50;

    private ManyStarts() {}

    /**
     * @param starts        grid points tried
     * @param reached       of those, how many came within the target of f*
     * @param medianSteps   median step at which they did; empty when none did
     * @param minimumKnown  false on a surface with no known minimum: nothing can be reached there
     */
    public record Outcome(OptimizerSettings optimizer, int starts, int reached, OptionalDouble medianSteps,
                          boolean minimumKnown) {
        /** The share of starts that reached the minimum, 0..1. */
        public double share() {
            return starts == 0 ? 0 : (double) reached / starts;
        }
    }

    /** The n × n grid's points: cell centres of the view, so no start sits on its edge. */
    public static List<Vec2> grid(ViewRect view, int side) {
        if (side < 1 || side > MAX_SIDE) {
            throw new IllegalArgumentException("grid side must be in 1.." + MAX_SIDE + ", got " + side);
        }
        List<Vec2> out = new ArrayList<>(side * side);
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                out.add(new Vec2(view.xMin() + (col + 0.5) / side * (view.xMax() - view.xMin()),
                        view.yMin() + (row + 0.5) / side * (view.yMax() - view.yMin())));
            }
        }
        return List.copyOf(out);
    }

    /** Runs {@code optimizer} from every start; throws CancellationException when {@code cancelled} says so. */
    public static Outcome run(Surface surface, OptimizerSettings optimizer, List<Vec2> starts, int steps,
                              GradientNoise noise, BooleanSupplier cancelled) {
        boolean known = !surface.minima().isEmpty();
        int[] reachedAt = new int[starts.size()];
        int reached = 0;
        for (Vec2 start : starts) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("many starts cancelled");
            }
            RunSummary summary = RunSummary.of(TrajectoryRunner.run(
                    new TrajectorySettings(surface, optimizer, start, steps, noise)));
            if (summary.firstStepBelow().isPresent()) {
                reachedAt[reached++] = summary.firstStepBelow().getAsInt();
            }
        }
        return new Outcome(optimizer, starts.size(), reached, median(Arrays.copyOf(reachedAt, reached)), known);
    }

    static OptionalDouble median(int[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0);
    }
}
