package org.gradientlab.core.surface.race;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.RunSummary;
import org.gradientlab.core.surface.Trajectory;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;

/**
 * A fair race starts with each optimizer at its own best learning rate (optimizer galleries tune
 * first; one hand-picked rate per optimizer flatters some and starves others). Every rate of a
 * 1-2-5 grid is tried on the race's surface, start and step count; the best leaves the lowest
 * final f − f* (f where no minimum is known). A run that stops early never wins: a blow-up is no
 * result, and f falling off a surface without a floor is no minimum reached.
 */
public final class RateTuning {
    /** 10⁻⁴, 2·10⁻⁴, 5·10⁻⁴, …, 5, 10: the grid galleries use, dense enough to land within 2.5×. */
    public static final List<Double> GRID = grid(1e-4, 10);

    private RateTuning() {}

    /** Each rate tried and its final score; the best (lowest finite) one, if any run finished. */
    public record Result(OptimizerSettings best, double bestScore, List<Double> rates, List<Double> scores) {
        public Result {
            rates = List.copyOf(rates);
            scores = List.copyOf(scores);
        }
    }

    /**
     * Tunes {@code settings.optimizer()}'s learning rate on the rest of {@code settings}; empty
     * when every rate stopped early. Checks {@code cancelled} before each run and throws
     * CancellationException when it says so.
     */
    public static Optional<Result> tune(TrajectorySettings settings, List<Double> rates, BooleanSupplier cancelled) {
        List<Double> scores = new ArrayList<>(rates.size());
        int best = -1;
        for (int i = 0; i < rates.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("rate tuning cancelled");
            }
            OptimizerSettings candidate = settings.optimizer().withLearningRate(rates.get(i));
            Trajectory run = TrajectoryRunner.run(new TrajectorySettings(settings.surface(), candidate,
                    settings.start(), settings.steps(), settings.noise()));
            double score = score(run);
            scores.add(score);
            if (Double.isFinite(score) && (best < 0 || score < scores.get(best))) {
                best = i;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(new Result(settings.optimizer().withLearningRate(rates.get(best)), scores.get(best), rates,
                scores));
    }

    /** Final f − f* (or f), +∞ for a run that stopped early. */
    static double score(Trajectory run) {
        if (run.diverged()) {
            return Double.POSITIVE_INFINITY;
        }
        RunSummary summary = RunSummary.of(run);
        return summary.finalF() - summary.lowestKnownF().orElse(0);
    }

    private static List<Double> grid(double from, double to) {
        List<Double> out = new ArrayList<>();
        for (double decade = from; decade <= to * 1.0001; decade *= 10) {
            for (double mantissa : new double[] {1, 2, 5}) {
                double rate = Double.parseDouble(mantissa + "e" + Math.round(Math.log10(decade)));
                if (rate <= to * 1.0001) {
                    out.add(rate);
                }
            }
        }
        return List.copyOf(out);
    }
}
