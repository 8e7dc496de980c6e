package org.gradientlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.race.ManyStarts;
import org.gradientlab.core.surface.race.RateTuning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code race}: a fair race of the six optimizers on one surface. Each learning rate is first
 * tuned on the surface, start and steps (a 1-2-5 grid, best final f − f*); with {@code --starts N}
 * each tuned optimizer then also runs from an N × N grid of starts over the surface's view.
 */
@Command(name = "race", mixinStandardHelpOptions = true,
        description = "Tunes each optimizer's learning rate on a 2-D surface and prints CSV: "
                + "optimizer,lr,final_gap (final f - f*, or f where no minimum is known); with --starts N also "
                + "starts,reached,median_steps from an N x N grid of starts (reached: f - f* < 0.001).")
public final class RaceCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SurfaceRunOptions surfaceRun;

    @Option(names = "--starts", paramLabel = "N", description = "also run each tuned optimizer from an N x N grid "
            + "of starts, 1..50")
    private Integer starts;

    @Option(names = "--book-rates", description = "skip tuning: use the book figure's rates")
    private boolean bookRates;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<Vec2> grid = starts == null ? List.of()
                : SurfaceRunOptions.parse(spec, "--starts", () -> ManyStarts.grid(
                        surfaceRun.settings(OptimizerSettings.defaults(OptimizerKind.SGD), spec).surface().view(), starts));
        out.println("optimizer,lr,final_gap" + (starts == null ? "" : ",starts,reached,median_steps"));
        for (OptimizerKind kind : OptimizerKind.values()) {
            TrajectorySettings race = surfaceRun.settings(
                    OptimizerSettings.defaults(kind).withLearningRate(kind.figureLearningRate()), spec);
            Optional<OptimizerSettings> tuned;
            String gap;
            if (bookRates) {
                tuned = Optional.of(race.optimizer());
                gap = Double.toString(RateTuning.tune(race, List.of(kind.figureLearningRate()), () -> false)
                        .map(RateTuning.Result::bestScore).orElse(Double.NaN));
            } else {
                Optional<RateTuning.Result> result = RateTuning.tune(race, RateTuning.GRID, () -> false);
                tuned = result.map(RateTuning.Result::best);
                gap = result.map(r -> Double.toString(r.bestScore())).orElse("");
            }
            StringBuilder row = new StringBuilder(kind.id()).append(',')
                    .append(tuned.map(o -> Double.toString(o.learningRate())).orElse("")).append(',').append(gap);
            if (starts != null) {
                if (tuned.isPresent()) {
                    ManyStarts.Outcome outcome = ManyStarts.run(race.surface(), tuned.get(), grid, race.steps(),
                            race.noise(), () -> false);
                    row.append(',').append(outcome.starts()).append(',').append(outcome.reached()).append(',')
                            .append(outcome.medianSteps().isPresent() ? Double.toString(outcome.medianSteps().getAsDouble()) : "");
                } else {
                    row.append(',').append(grid.size()).append(",0,");
                }
            }
            out.println(row);
        }
        out.flush();
    }
}
