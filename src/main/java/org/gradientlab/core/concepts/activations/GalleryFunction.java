package org.gradientlab.core.concepts.activations;

import java.util.Optional;

import org.gradientlab.core.nn.Activation;

/**
 * The seven activation functions of CS231n lecture 5 (seeds: 001, "Activation function"), with
 * the facts of the seeds' good/bad lists that do not depend on the parameters: whether the
 * output is centred on zero, whether computing it needs exp(), and on which side it saturates
 * (its slope fades to 0 as |x| grows). Whether a function dies is read off its curve
 * ({@link Regions}), since a PReLU with α = 0 or a maxout with two flat pieces dies too.
 */
public enum GalleryFunction {
    SIGMOID("sigmoid", Activation.SIGMOID, Answer.NO, Answer.NO, true, true),
    TANH("tanh", Activation.TANH, Answer.YES, Answer.NO, true, true),
    RELU("relu", Activation.RELU, Answer.NO, Answer.YES, false, false),
    LEAKY_RELU("leaky-relu", Activation.LEAKY_RELU, Answer.NO, Answer.YES, false, false),
    PRELU("prelu", null, Answer.NO, Answer.YES, false, false),
    ELU("elu", Activation.ELU, Answer.PARTLY, Answer.NO, true, false),
    MAXOUT("maxout", null, Answer.PARTLY, Answer.YES, false, false);

    private final String id;
    private final Activation core;
    private final Answer zeroCentred;
    private final Answer cheap;
    private final boolean saturatesLeft;
    private final boolean saturatesRight;

    GalleryFunction(String id, Activation core, Answer zeroCentred, Answer cheap,
                    boolean saturatesLeft, boolean saturatesRight) {
        this.id = id;
        this.core = core;
        this.zeroCentred = zeroCentred;
        this.cheap = cheap;
        this.saturatesLeft = saturatesLeft;
        this.saturatesRight = saturatesRight;
    }

    /** Stable name for keys and node ids: sigmoid, tanh, relu, leaky-relu, prelu, elu, maxout. */
    public String id() {
        return id;
    }

    /**
     * The same function among the network's activations (the initialization lab's choices), or
     * empty for PReLU and Maxout, whose parameters are learned per unit.
     */
    public Optional<Activation> coreActivation() {
        return Optional.ofNullable(core);
    }

    /** Sigmoid (0, 1) and ReLU-like [0, ∞) are not; tanh is; ELU is closer; maxout depends on its pieces. */
    public Answer zeroCentred() {
        return zeroCentred;
    }

    /** No exp(): a comparison and a multiplication. */
    public Answer cheap() {
        return cheap;
    }

    /** The slope fades to 0 as x → −∞ (sigmoid, tanh, ELU towards −α). */
    public boolean saturatesLeft() {
        return saturatesLeft;
    }

    /** The slope fades to 0 as x → +∞ (sigmoid, tanh). */
    public boolean saturatesRight() {
        return saturatesRight;
    }
}
