package org.gradientlab.core.surface;

import java.util.List;
import java.util.Objects;

/**
 * One part of one update, for the optimizer lab's "take apart" view: a named quantity, the line
 * of the optimizer's rule it belongs to, its formula with the numbers that go in, and its value.
 * The {@link Role#DISPLACEMENT} parts of an update chain tip to tail and add up to the move.
 *
 * @param id       what the part is: {@code gradient}, {@code gradient-step}, {@code momentum},
 *                 {@code velocity}, {@code cache}, {@code moment}, {@code second-moment},
 *                 {@code rate}, {@code moment-step}, {@code scaling}, {@code step}
 * @param role     how the plot shows it
 * @param line     index of its line in the rule, the rule's lines in the book's order (0 = first)
 * @param formula  the expression, with {@code {i}} standing for {@code terms.get(i)}, e.g. "{0}·{1}"
 * @param terms    what goes into the formula, each with its symbol and its numbers
 * @param value    what the formula gives (for {@link Role#STEP} the new point)
 * @param from     where its arrow starts
 * @param arrow    the arrow, from {@code from}; zero for a {@link Role#STATE} part, which has none
 */
public record UpdatePart(String id, Role role, int line, String formula, List<Term> terms, Term value,
                         Vec2 from, Vec2 arrow) {

    /** How a part is shown on the plot. */
    public enum Role {
        /** A dashed arrow to compare with, not part of the move (−∇f, the velocity carried on). */
        REFERENCE,
        /** Optimizer state or a rate that is no direction in the plane: no arrow. */
        STATE,
        /** A piece of the move; these chain tip to tail and add up to the update. */
        DISPLACEMENT,
        /** The whole update, from the point to the next one. */
        STEP
    }

    /**
     * A number or a pair (x, y) with its symbol, e.g. α = 0.9 or ∇f = (−0.7, 4).
     *
     * @param pair whether {@code y} is a second coordinate; a scalar keeps its value in {@code x}
     */
    public record Term(String symbol, double x, double y, boolean pair) {
        public Term {
            Objects.requireNonNull(symbol, "symbol");
        }

        public static Term scalar(String symbol, double value) {
            return new Term(symbol, value, value, false);
        }

        public static Term pair(String symbol, Vec2 value) {
            return new Term(symbol, value.x(), value.y(), true);
        }

        public Vec2 vector() {
            return new Vec2(x, y);
        }
    }

    public UpdatePart {
        terms = List.copyOf(terms);
    }

    /** The formula in symbols, e.g. "α·v". */
    public String symbolic() {
        return fill(terms.stream().map(Term::symbol).toList());
    }

    /** The formula with {@code {i}} replaced by {@code texts.get(i)}: the numbers, formatted by the caller. */
    public String fill(List<String> texts) {
        String out = formula;
        for (int i = 0; i < texts.size(); i++) {
            out = out.replace("{" + i + "}", texts.get(i));
        }
        return out;
    }
}
