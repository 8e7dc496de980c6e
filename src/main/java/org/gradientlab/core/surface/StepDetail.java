package org.gradientlab.core.surface;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.gradientlab.core.optim.Adam;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.optim.OptimizerState;

/**
 * The numbers of one update, from point {@code step} to the next, for the lab's state panel:
 * what went in (the point, ∇f there, the state before) and what came out (the state after,
 * the move). Each named quantity is a pair (x, y), one value per coordinate.
 *
 * @param before    state slots before the update (zero before the first, as the book starts them)
 * @param after     state slots after it; for Adam also {@link #M_HAT} and {@link #V_HAT}
 * @param plainStep −lr·∇f: where plain gradient descent with this lr would go
 * @param update    the optimizer's actual move, next − point
 * @param adamLearningRate Adam's lr_t of this update; empty for the others
 */
public record StepDetail(OptimizerSettings settings, int step, Vec2 point, Vec2 gradient, Vec2 next,
                         Vec2 plainStep, Vec2 update, Map<String, Vec2> before, Map<String, Vec2> after,
                         OptionalDouble adamLearningRate) {

    /** Adam's bias-corrected moments m/(1−β1ᵗ) and v/(1−β2ᵗ), which the book's lr_t folds in. */
    public static final String M_HAT = "m_hat";
    public static final String V_HAT = "v_hat";

    public StepDetail {
        // Ordered as the optimizer names its slots, so the panel lists v, h, m, ... as the book does.
        before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** The update from point {@code step} of {@code trajectory}; empty at its last point. */
    public static Optional<StepDetail> of(Trajectory trajectory, int step) {
        if (step < 0 || step + 1 >= trajectory.points().size()) {
            return Optional.empty();
        }
        TrajectoryPoint from = trajectory.point(step);
        TrajectoryPoint to = trajectory.point(step + 1);
        OptimizerSettings settings = trajectory.settings().optimizer();
        Map<String, Vec2> after = slots(to.state());
        Map<String, Vec2> before = new LinkedHashMap<>();
        Map<String, Vec2> old = slots(from.state());
        for (String name : after.keySet()) {
            before.put(name, old.getOrDefault(name, new Vec2(0, 0)));
        }
        OptionalDouble lrT = OptionalDouble.empty();
        if (settings.kind() == OptimizerKind.ADAM) {
            long t = to.state().step();
            Vec2 m = after.get("m");
            Vec2 v = after.get("v");
            double m1 = 1 - Math.pow(settings.beta1(), t);
            double v1 = 1 - Math.pow(settings.beta2(), t);
            after.put(M_HAT, new Vec2(m.x() / m1, m.y() / m1));
            after.put(V_HAT, new Vec2(v.x() / v1, v.y() / v1));
            lrT = OptionalDouble.of(to.state().scalars().get(Adam.LR_T));
        }
        double lr = settings.learningRate();
        Vec2 g = from.gradient();
        return Optional.of(new StepDetail(settings, step, new Vec2(from.x(), from.y()), g, new Vec2(to.x(), to.y()),
                new Vec2(-lr * g.x(), -lr * g.y()), new Vec2(to.x() - from.x(), to.y() - from.y()),
                before, after, lrT));
    }

    /** Slot name → (value for x, value for y), in the optimizer's order. */
    private static Map<String, Vec2> slots(OptimizerState state) {
        Map<String, Vec2> out = new LinkedHashMap<>();
        for (OptimizerState.Slot slot : state.slots()) {
            if (slot.parameter().equals("x")) {
                out.put(slot.name(), new Vec2(slot.get(0), state.slot("y", slot.name()).get(0)));
            }
        }
        return out;
    }
}
