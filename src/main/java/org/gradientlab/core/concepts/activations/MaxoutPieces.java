package org.gradientlab.core.concepts.activations;

/**
 * A maxout unit of one input, f(x) = max(w₁·x + b₁, w₂·x + b₂) (Goodfellow et al. 2013; CS231n
 * lecture 5): two linear pieces. (1, 0) with (0, 0) is ReLU, with (α, 0) Leaky ReLU, which is
 * how maxout generalises both; the price is two weight sets per neuron.
 */
public record MaxoutPieces(double w1, double b1, double w2, double b2) {
    /** Leaky ReLU with α = 0.1: set w₂ to 0 and it is ReLU. */
    public static final MaxoutPieces DEFAULT = new MaxoutPieces(1, 0, 0.1, 0);
    /** Bound on every weight and bias, the sliders' range. */
    public static final double LIMIT = 3;

    public MaxoutPieces {
        requireWithinLimit("w1", w1);
        requireWithinLimit("b1", b1);
        requireWithinLimit("w2", w2);
        requireWithinLimit("b2", b2);
    }

    public double value(double x) {
        return Math.max(w1 * x + b1, w2 * x + b2);
    }

    /** The slope of the larger piece; on a tie the first piece's, as max passes its gradient to one argument. */
    public double slope(double x) {
        return w1 * x + b1 >= w2 * x + b2 ? w1 : w2;
    }

    private static void requireWithinLimit(String name, double value) {
        if (!(Math.abs(value) <= LIMIT)) {
            throw new IllegalArgumentException("maxout " + name + " must be in [−" + LIMIT + ", " + LIMIT + "], got " + value);
        }
    }
}
