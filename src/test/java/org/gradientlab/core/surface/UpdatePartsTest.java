package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.UpdatePart.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class UpdatePartsTest {
    private static final Vec2 START = new Vec2(-7, 2);

    private static void assertVec(double x, double y, Vec2 actual, double tolerance) {
        assertEquals(x, actual.x(), tolerance, "x of " + actual);
        assertEquals(y, actual.y(), tolerance, "y of " + actual);
    }

    private static List<UpdatePart> parts(OptimizerSettings settings, int step) {
        Trajectory run = TrajectoryRunner.run(new TrajectorySettings(PresetSurface.BOOK, settings, START, 5));
        return UpdateParts.of(StepDetail.of(run, step).orElseThrow());
    }

    private static UpdatePart part(List<UpdatePart> parts, String id) {
        return parts.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static List<String> ids(List<UpdatePart> parts) {
        return parts.stream().map(UpdatePart::id).toList();
    }

    /** Every step of a run on several surfaces, with and without noise: the pieces rebuild the optimizer's move. */
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void displacementPartsAddUpToTheOptimizersOwnUpdate(OptimizerKind kind) {
        OptimizerSettings settings = OptimizerSettings.defaults(kind).withLearningRate(kind.figureLearningRate());
        int checked = 0;
        for (PresetSurface surface : List.of(PresetSurface.BOOK, PresetSurface.ROSENBROCK, PresetSurface.HIMMELBLAU)) {
            for (GradientNoise noise : List.of(GradientNoise.NONE, new GradientNoise(0.5, 7))) {
                Vec2 start = new Vec2(surface.view().xMin() * 0.7, surface.view().yMax() * 0.6);
                Trajectory run = TrajectoryRunner.run(new TrajectorySettings(surface, settings, start, 40, noise));
                for (int step = 0; step + 1 < run.points().size(); step++) {
                    StepDetail d = StepDetail.of(run, step).orElseThrow();
                    List<UpdatePart> parts = UpdateParts.of(d);
                    Vec2 sum = UpdateParts.displacement(parts);
                    double tolerance = 1e-12 * Math.max(1, Math.max(Math.abs(d.point().x()), Math.abs(d.point().y())));
                    assertVec(d.update().x(), d.update().y(), sum, tolerance);
                    // The state the formulas give is the state the optimizer kept.
                    for (UpdatePart p : parts) {
                        if (p.role() == Role.STATE && d.after().containsKey(p.value().symbol())) {
                            Vec2 kept = d.after().get(p.value().symbol());
                            assertVec(kept.x(), kept.y(), p.value().vector(), 1e-12 * Math.max(1, Math.abs(kept.x()) + Math.abs(kept.y())));
                        }
                    }
                    assertChained(parts);
                    checked++;
                }
            }
        }
        assertTrue(checked > 60, "checked " + checked + " updates");
    }

    /** Each displacement starts where the previous one ended; the step runs from the point to the next one. */
    private static void assertChained(List<UpdatePart> parts) {
        UpdatePart step = parts.stream().filter(p -> p.role() == Role.STEP).findFirst().orElseThrow();
        Vec2 tip = step.from();
        for (UpdatePart p : parts) {
            if (p.role() == Role.DISPLACEMENT) {
                assertEquals(tip, p.from(), p.id());
                tip = new Vec2(tip.x() + p.arrow().x(), tip.y() + p.arrow().y());
            }
        }
    }

    @Test
    void sgdIsTheGradientScaledByTheLearningRate() {
        // Book: lr .95 from (−7, 2) on x²/20 + y², ∇f = (x/10, 2y) = (−0.7, 4).
        List<UpdatePart> parts = parts(OptimizerSettings.defaults(OptimizerKind.SGD).withLearningRate(0.95), 0);
        assertEquals(List.of("gradient", "gradient-step", "step"), ids(parts));
        assertVec(0.7, -4, part(parts, "gradient").arrow(), 0);
        assertVec(0.665, -3.8, part(parts, "gradient-step").arrow(), 1e-15);
        UpdatePart step = part(parts, "step");
        assertVec(-6.335, -1.8, step.value().vector(), 1e-15);
        assertEquals("W + ΔW", step.symbolic());
        assertEquals("−η·∇f", part(parts, "gradient-step").symbolic());
    }

    @Test
    void momentumAddsTheOldVelocityShrunkByAlphaAtTheTipOfTheGradientStep() {
        // lr .1, α .9. Step 0: v = −0.1·(−0.7, 4) = (0.07, −0.4), W = (−6.93, 1.6).
        // Step 1: ∇f = (−0.693, 3.2); −η∇f = (0.0693, −0.32); α·v = (0.063, −0.36).
        List<UpdatePart> parts = parts(OptimizerSettings.defaults(OptimizerKind.MOMENTUM).withLearningRate(0.1), 1);
        assertEquals(List.of("gradient", "gradient-step", "momentum", "step"), ids(parts));
        assertVec(0.0693, -0.32, part(parts, "gradient-step").arrow(), 1e-15);
        UpdatePart momentum = part(parts, "momentum");
        assertVec(0.063, -0.36, momentum.arrow(), 1e-15);
        assertVec(-6.93 + 0.0693, 1.6 - 0.32, momentum.from(), 1e-14);
        assertEquals("α·v", momentum.symbolic());
        assertEquals(0, momentum.line(), "v ← α·v − η·∇f");
        assertVec(-6.93 + 0.1323, 1.6 - 0.68, part(parts, "step").value().vector(), 1e-14);
        assertEquals(1, part(parts, "step").line(), "W ← W + v");
    }

    @Test
    void nesterovStepsWithAlphaSquaredTimesTheOldVelocityAndCarriesTheNewOneOn() {
        // lr .1, α .9. Step 0: −1.9·0.1·(−0.7, 4) = (0.133, −0.76) → W = (−6.867, 1.24); v = (0.07, −0.4).
        // Step 1: ∇f = (−0.6867, 2.48); −0.19·∇f = (0.130473, −0.4712); 0.81·v = (0.0567, −0.324).
        List<UpdatePart> parts = parts(OptimizerSettings.defaults(OptimizerKind.NESTEROV).withLearningRate(0.1), 1);
        assertEquals(List.of("gradient", "gradient-step", "momentum", "step", "velocity"), ids(parts));
        assertVec(0.130473, -0.4712, part(parts, "gradient-step").arrow(), 1e-15);
        assertVec(0.0567, -0.324, part(parts, "momentum").arrow(), 1e-15);
        UpdatePart step = part(parts, "step");
        assertVec(-6.867 + 0.187173, 1.24 - 0.7952, step.value().vector(), 1e-14);
        UpdatePart velocity = part(parts, "velocity");
        assertEquals(Role.REFERENCE, velocity.role());
        // v = 0.9·(0.07, −0.4) − 0.1·(−0.6867, 2.48), drawn from the new point.
        assertVec(0.063 + 0.06867, -0.36 - 0.248, velocity.arrow(), 1e-15);
        assertEquals(step.value().vector(), velocity.from());
    }

    @Test
    void adagradScalesThePlainStepByOneOverTheRootOfItsCache() {
        // lr 1.5. h = (0.49, 16); −η∇f = (1.05, −6); scaled: 1.05/(0.7 + ε), −6/(4 + ε).
        List<UpdatePart> parts = parts(OptimizerSettings.defaults(OptimizerKind.ADAGRAD).withLearningRate(1.5), 0);
        assertEquals(List.of("gradient", "cache", "gradient-step", "scaling", "step"), ids(parts));
        assertVec(0.49, 16, part(parts, "cache").value().vector(), 1e-15);
        assertVec(1.05, -6, part(parts, "gradient-step").arrow(), 1e-15);
        UpdatePart scaling = part(parts, "scaling");
        assertVec(1.05 / (0.7 + 1e-7) - 1.05, -6 / (4 + 1e-7) + 6, scaling.arrow(), 1e-14);
        assertVec(-7 + 1.05, 2 - 6, scaling.from(), 1e-15);
        assertEquals("h + ∇f²", part(parts, "cache").symbolic());
        // AdaGrad's first move is η in every coordinate (up to ε): (1.5, −1.5).
        assertVec(1.5, -1.5, UpdateParts.displacement(parts), 1e-6);
    }

    @Test
    void rmspropKeepsADecayingCache() {
        // lr .1, ρ .99. h = 0.01·(0.49, 16) = (0.0049, 0.16), √h = (0.07, 0.4).
        List<UpdatePart> parts = parts(OptimizerSettings.defaults(OptimizerKind.RMSPROP).withLearningRate(0.1), 0);
        assertVec(0.0049, 0.16, part(parts, "cache").value().vector(), 1e-15);
        assertEquals("ρ·h + (1 − ρ)·∇f²", part(parts, "cache").symbolic());
        assertVec(0.07, -0.4, part(parts, "gradient-step").arrow(), 1e-15);
        assertVec(0.07 / (0.07 + 1e-7) - 0.07, -0.4 / (0.4 + 1e-7) + 0.4, part(parts, "scaling").arrow(), 1e-14);
        // ≈ η/(√(1 − ρ)) = 1 in every coordinate.
        assertVec(1, -1, UpdateParts.displacement(parts), 1e-5);
    }

    @Test
    void adamShowsItsMomentsRateAndTheScalingOfTheBiasCorrectedStep() {
        // lr .3, β1 .9, β2 .999. t = 1: m = 0.1·∇f = (−0.07, 0.4), v = 0.001·∇f² = (0.00049, 0.016),
        // η_t = 0.3·√0.001 / 0.1, m̂ = ∇f, so −η·m̂ = (0.21, −1.2) and the move is ≈ (0.3, −0.3).
        List<UpdatePart> parts = parts(OptimizerSettings.defaults(OptimizerKind.ADAM).withLearningRate(0.3), 0);
        assertEquals(List.of("gradient", "moment", "second-moment", "rate", "moment-step", "scaling", "step"), ids(parts));
        assertVec(-0.07, 0.4, part(parts, "moment").value().vector(), 1e-15);
        assertVec(0.00049, 0.016, part(parts, "second-moment").value().vector(), 1e-15);
        UpdatePart rate = part(parts, "rate");
        assertEquals(0.3 * Math.sqrt(0.001) / 0.1, rate.value().x(), 1e-15);
        assertEquals(false, rate.value().pair());
        assertEquals(0, rate.line(), "η_t is the rule's first line");
        assertVec(0.21, -1.2, part(parts, "moment-step").arrow(), 1e-14);
        double lrT = 0.3 * Math.sqrt(0.001) / 0.1;
        assertVec(lrT * 0.07 / (Math.sqrt(0.00049) + 1e-7) - 0.21, -lrT * 0.4 / (Math.sqrt(0.016) + 1e-7) + 1.2,
                part(parts, "scaling").arrow(), 1e-14);
        assertVec(0.3, -0.3, UpdateParts.displacement(parts), 1e-5);
        assertEquals(3, part(parts, "step").line());
    }

    @Test
    void termsCarryTheNumbersThatGoIntoTheFormula() {
        List<UpdatePart> parts = parts(OptimizerSettings.defaults(OptimizerKind.MOMENTUM).withLearningRate(0.1), 1);
        UpdatePart momentum = part(parts, "momentum");
        Map<String, UpdatePart.Term> terms = new java.util.LinkedHashMap<>();
        momentum.terms().forEach(t -> terms.put(t.symbol(), t));
        assertEquals(0.9, terms.get("α").x(), 0);
        assertVec(0.07, -0.4, terms.get("v").vector(), 1e-15);
        assertEquals("0.9·(0.07, -0.4)", momentum.fill(List.of("0.9", "(0.07, -0.4)")));
    }
}
