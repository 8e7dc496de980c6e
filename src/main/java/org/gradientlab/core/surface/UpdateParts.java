package org.gradientlab.core.surface;

import java.util.ArrayList;
import java.util.List;

import org.gradientlab.core.optim.ElementwiseOptimizer;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.UpdatePart.Role;
import org.gradientlab.core.surface.UpdatePart.Term;

/**
 * One update taken apart, in the order a learner reads it: the gradient, then the optimizer's
 * moment or cache, then the scaling, then the step. Every value is computed here from its own
 * formula (the book's common/optimizer.py) out of the numbers that went in (point, ∇f, state
 * before), not copied from the result, so the displacement parts adding up to the optimizer's
 * actual move is a check, not a tautology.
 * <p>
 * Line indices refer to the rule's lines: SGD {W}; Momentum {v, W}; Nesterov {W, v};
 * AdaGrad and RMSProp {h, W}; Adam {η_t, m, v, W}.
 */
public final class UpdateParts {
    private static final Term EPS = Term.scalar("ε", ElementwiseOptimizer.EPSILON);

    private UpdateParts() {}

    /** The parts of {@code d}, in reading order; always ends in the {@link Role#STEP}. */
    public static List<UpdatePart> of(StepDetail d) {
        OptimizerSettings s = d.settings();
        Vec2 w = d.point();
        Vec2 g = d.gradient();
        double lr = s.learningRate();
        Term eta = Term.scalar("η", lr);
        Term grad = Term.pair("∇f", g);
        Chain c = new Chain(w);
        switch (s.kind()) {
            case SGD -> {
                c.reference("gradient", 0, "−{0}", List.of(grad), scale(g, -1));
                c.move("gradient-step", 0, "−{0}·{1}", List.of(eta, grad), scale(g, -lr));
                c.step(0, d);
            }
            case MOMENTUM -> {
                Vec2 v0 = d.before().get("v");
                Term alpha = Term.scalar("α", s.momentum());
                c.reference("gradient", 0, "−{0}", List.of(grad), scale(g, -1));
                c.move("gradient-step", 0, "−{0}·{1}", List.of(eta, grad), scale(g, -lr));
                c.move("momentum", 0, "{0}·{1}", List.of(alpha, Term.pair("v", v0)), scale(v0, s.momentum()));
                c.step(1, d);
            }
            case NESTEROV -> {
                Vec2 v0 = d.before().get("v");
                double a = s.momentum();
                Term alpha = Term.scalar("α", a);
                Term v = Term.pair("v", v0);
                c.reference("gradient", 0, "−{0}", List.of(grad), scale(g, -1));
                c.move("gradient-step", 0, "−(1 + {0})·{1}·{2}", List.of(alpha, eta, grad), scale(g, -(1 + a) * lr));
                c.move("momentum", 0, "{0}²·{1}", List.of(alpha, v), scale(v0, a * a));
                c.step(0, d);
                // The velocity the next update starts from; it does not move this one.
                Vec2 v1 = new Vec2(v0.x() * a - lr * g.x(), v0.y() * a - lr * g.y());
                c.reference("velocity", 1, "{0}·{1} − {2}·{3}", List.of(alpha, v, eta, grad), v1, d.next());
            }
            case ADAGRAD, RMSPROP -> {
                Vec2 h0 = d.before().get("h");
                Vec2 h;
                c.reference("gradient", 0, "−{0}", List.of(grad), scale(g, -1));
                if (s.kind() == OptimizerKind.ADAGRAD) {
                    h = new Vec2(h0.x() + g.x() * g.x(), h0.y() + g.y() * g.y());
                    c.state("cache", 0, "{0} + {1}²", List.of(Term.pair("h", h0), grad), Term.pair("h", h));
                } else {
                    double rho = s.decay();
                    h = new Vec2(h0.x() * rho + (1 - rho) * g.x() * g.x(), h0.y() * rho + (1 - rho) * g.y() * g.y());
                    c.state("cache", 0, "{0}·{1} + (1 − {0})·{2}²", List.of(Term.scalar("ρ", rho), Term.pair("h", h0), grad),
                            Term.pair("h", h));
                }
                Vec2 plain = scale(g, -lr);
                c.move("gradient-step", 1, "−{0}·{1}", List.of(eta, grad), plain);
                Vec2 scaled = new Vec2(-lr * g.x() / (Math.sqrt(h.x()) + EPS.x()), -lr * g.y() / (Math.sqrt(h.y()) + EPS.x()));
                c.move("scaling", 1, "−{0}·{1} / (√{2} + {3}) + {0}·{1}", List.of(eta, grad, Term.pair("h", h), EPS),
                        minus(scaled, plain));
                c.step(1, d);
            }
            case ADAM -> {
                long t = d.step() + 1L;
                double b1 = s.beta1();
                double b2 = s.beta2();
                Term beta1 = Term.scalar("β1", b1);
                Term beta2 = Term.scalar("β2", b2);
                Term time = Term.scalar("t", t);
                Vec2 m0 = d.before().get("m");
                Vec2 v0 = d.before().get("v");
                Vec2 m = new Vec2(m0.x() + (1 - b1) * (g.x() - m0.x()), m0.y() + (1 - b1) * (g.y() - m0.y()));
                Vec2 v = new Vec2(v0.x() + (1 - b2) * (g.x() * g.x() - v0.x()), v0.y() + (1 - b2) * (g.y() * g.y() - v0.y()));
                double lrT = lr * Math.sqrt(1.0 - Math.pow(b2, t)) / (1.0 - Math.pow(b1, t));
                double m1 = 1 - Math.pow(b1, t);
                Vec2 mHat = new Vec2(m.x() / m1, m.y() / m1);
                c.reference("gradient", 1, "−{0}", List.of(grad), scale(g, -1));
                c.state("moment", 1, "{0} + (1 − {1})·({2} − {0})", List.of(Term.pair("m", m0), beta1, grad), Term.pair("m", m));
                c.state("second-moment", 2, "{0} + (1 − {1})·({2}² − {0})", List.of(Term.pair("v", v0), beta2, grad),
                        Term.pair("v", v));
                c.state("rate", 0, "{0}·√(1 − {1}^{3}) / (1 − {2}^{3})", List.of(eta, beta2, beta1, time),
                        Term.scalar("η_t", lrT));
                Vec2 plain = scale(mHat, -lr);
                c.move("moment-step", 3, "−{0}·{1} / (1 − {2}^{3})", List.of(eta, Term.pair("m", m), beta1, time), plain);
                Vec2 scaled = new Vec2(-lrT * m.x() / (Math.sqrt(v.x()) + EPS.x()), -lrT * m.y() / (Math.sqrt(v.y()) + EPS.x()));
                c.move("scaling", 3, "−{0}·{1} / (√{2} + {3}) + {4}·{1} / (1 − {5}^{6})",
                        List.of(Term.scalar("η_t", lrT), Term.pair("m", m), Term.pair("v", v), EPS, eta, beta1, time),
                        minus(scaled, plain));
                c.step(3, d);
            }
            default -> throw new AssertionError(s.kind());
        }
        return List.copyOf(c.parts);
    }

    /** The sum of the displacement parts: what the formulas say the update is. */
    public static Vec2 displacement(List<UpdatePart> parts) {
        double x = 0;
        double y = 0;
        for (UpdatePart p : parts) {
            if (p.role() == Role.DISPLACEMENT) {
                x += p.arrow().x();
                y += p.arrow().y();
            }
        }
        return new Vec2(x, y);
    }

    private static Vec2 scale(Vec2 v, double k) {
        return new Vec2(k * v.x(), k * v.y());
    }

    private static Vec2 minus(Vec2 a, Vec2 b) {
        return new Vec2(a.x() - b.x(), a.y() - b.y());
    }

    /** Collects parts; displacements start where the previous one ended. */
    private static final class Chain {
        final List<UpdatePart> parts = new ArrayList<>();
        final Vec2 point;
        Vec2 tip;

        Chain(Vec2 point) {
            this.point = point;
            this.tip = point;
        }

        void reference(String id, int line, String formula, List<Term> terms, Vec2 value) {
            reference(id, line, formula, terms, value, point);
        }

        void reference(String id, int line, String formula, List<Term> terms, Vec2 value, Vec2 from) {
            parts.add(new UpdatePart(id, Role.REFERENCE, line, formula, terms, Term.pair("", value), from, value));
        }

        void state(String id, int line, String formula, List<Term> terms, Term value) {
            parts.add(new UpdatePart(id, Role.STATE, line, formula, terms, value, point, new Vec2(0, 0)));
        }

        void move(String id, int line, String formula, List<Term> terms, Vec2 value) {
            parts.add(new UpdatePart(id, Role.DISPLACEMENT, line, formula, terms, Term.pair("", value), tip, value));
            tip = new Vec2(tip.x() + value.x(), tip.y() + value.y());
        }

        /** W + ΔW, ΔW the sum of the displacements so far; the arrow is the optimizer's own move. */
        void step(int line, StepDetail d) {
            Vec2 delta = displacement(parts);
            parts.add(new UpdatePart("step", Role.STEP, line, "{0} + {1}",
                    List.of(Term.pair("W", point), Term.pair("ΔW", delta)), Term.pair("W", d.next()), point, d.update()));
        }
    }
}
