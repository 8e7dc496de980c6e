package org.gradientlab.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.Trajectory;
import org.gradientlab.core.surface.TrajectoryPoint;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trajectory}: the optimizer's path on a 2-D surface as CSV {@code step,x,y,f}. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = "Prints an optimizer's path on a 2-D surface as CSV: step,x,y,f (step 0 = start).")
public final class TrajectoryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--optimizer", required = true, paramLabel = "ID",
            description = "sgd, momentum, nesterov, adagrad, rmsprop or adam")
    private String optimizer;

    @Option(names = "--lr", paramLabel = "X", description = "learning rate; default the book figure's "
            + "(sgd 0.95, momentum 0.1, nesterov 0.1, adagrad 1.5, rmsprop 0.3, adam 0.3)")
    private Double learningRate;

    @Mixin
    private SurfaceRunOptions surfaceRun;

    @Override
    public void run() {
        Trajectory trajectory = TrajectoryRunner.run(settings());
        PrintWriter out = spec.commandLine().getOut();
        out.println("step,x,y,f");
        for (TrajectoryPoint p : trajectory.points()) {
            // Double.toString: the shortest text that reads back to the same double.
            out.println(p.step() + "," + p.x() + "," + p.y() + "," + p.f());
        }
        out.flush();
        trajectory.divergedAt().ifPresent(step -> spec.commandLine().getErr().println(switch (trajectory.ending()) {
            case UNBOUNDED -> "unbounded below at step " + step;
            case UNDEFINED -> step == 0 ? "undefined at the start" : "left f's domain at step " + step;
            case FINISHED, DIVERGED -> "diverged at step " + step;
        }));
    }

    private TrajectorySettings settings() {
        OptimizerKind kind = parse("--optimizer", () -> OptimizerKind.fromId(optimizer));
        double lr = learningRate != null ? learningRate : kind.figureLearningRate();
        return surfaceRun.settings(parse("--lr", () -> OptimizerSettings.defaults(kind).withLearningRate(lr)), spec);
    }

    private <T> T parse(String option, Supplier<T> parser) {
        return SurfaceRunOptions.parse(spec, option, parser);
    }
}
