package org.gradientlab.core.concepts.activations;

import java.util.List;

/**
 * Everything the gallery shows of one function: its curve on [−{@link #X_RANGE}, {@link #X_RANGE}],
 * where it saturates or is dead, and the checklist.
 */
public record ActivationPortrait(GalleryFunction function, ActivationSettings settings, FunctionCurve curve,
                                 List<Region> regions, List<Fact> facts) {
    public static final double X_RANGE = 5;
    /** Samples 0.025 apart, so x = 0 is one of them. */
    public static final int POINTS = 401;

    public ActivationPortrait {
        regions = List.copyOf(regions);
        facts = List.copyOf(facts);
    }

    public static ActivationPortrait of(GalleryFunction function, ActivationSettings settings) {
        FunctionCurve curve = FunctionCurve.sample(function, settings, -X_RANGE, X_RANGE, POINTS);
        List<Region> regions = Regions.find(curve, function);
        boolean saturates = regions.stream().anyMatch(r -> r.kind() == Region.Kind.SATURATED);
        boolean dies = regions.stream().anyMatch(r -> r.kind() == Region.Kind.DEAD);
        List<Fact> facts = List.of(
                Fact.of(function, Check.ZERO_CENTRED, function.zeroCentred()),
                Fact.of(function, Check.SATURATES, saturates ? Answer.YES : Answer.NO),
                Fact.of(function, Check.CHEAP, function.cheap()),
                Fact.of(function, Check.DIES, dies ? Answer.YES : Answer.NO));
        return new ActivationPortrait(function, settings, curve, regions, facts);
    }

    /** The line of {@code check}. */
    public Fact fact(Check check) {
        return facts.stream().filter(f -> f.check() == check).findFirst().orElseThrow();
    }
}
