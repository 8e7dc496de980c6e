package org.gradientlab.cli;

import java.util.function.Supplier;

import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.ExpressionSurface;
import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.core.surface.Surface;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.Vec2;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What a 2-D run needs besides its optimizer: surface, start, steps and gradient noise (a picocli
 * mixin for {@code trajectory} and {@code race}). Bad values name their option.
 */
final class SurfaceRunOptions {
    @Option(names = "--steps", defaultValue = "30", paramLabel = "N",
            description = "updates, 1..100000 (default ${DEFAULT-VALUE})")
    private int steps;

    @Option(names = "--start", defaultValue = "-7,2", paramLabel = "X,Y",
            description = "start point (default ${DEFAULT-VALUE})")
    private String start;

    @Option(names = "--function", defaultValue = "book", paramLabel = "NAME|FORMULA",
            description = "book, bowl, rosenbrock, himmelblau, saddle, beale, or a formula in x and y "
                    + "such as 'x^2/20 + y^2' (default ${DEFAULT-VALUE})")
    private String function;

    @Option(names = "--noise", defaultValue = "0", paramLabel = "SIGMA",
            description = "standard deviation of Gaussian noise added to each gradient component, as on "
                    + "mini-batches (default ${DEFAULT-VALUE}: the book's exact paths)")
    private double noise;

    @Mixin
    private SeedOption seed;

    /** The run of {@code optimizer} these options describe. */
    TrajectorySettings settings(OptimizerSettings optimizer, CommandSpec spec) {
        Vec2 startPoint = parse(spec, "--start", () -> Vec2.parse(start));
        Surface surface = parse(spec, "--function", () -> ExpressionSurface.presetOrParse(function));
        TrajectorySettings settings = parse(spec, "--steps",
                () -> new TrajectorySettings(surface, optimizer, startPoint, steps));
        return settings.withNoise(parse(spec, "--noise", () -> new GradientNoise(noise, seed.value())));
    }

    /** Names the option in the one-line error a bad value gives. */
    static <T> T parse(CommandSpec spec, String option, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage(), e);
        }
    }
}
