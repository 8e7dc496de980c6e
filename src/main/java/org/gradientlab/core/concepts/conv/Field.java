package org.gradientlab.core.concepts.conv;

/** The hyperparameters of a convolution or pooling layer, as CS231n lecture 7 names them. */
public enum Field {
    WIDTH("W", "input width"),
    HEIGHT("H", "input height"),
    DEPTH("D", "input depth"),
    FILTER("F", "filter size"),
    STRIDE("S", "stride"),
    PADDING("P", "zero padding"),
    FILTERS("K", "number of filters");

    private final String symbol;
    private final String description;

    Field(String symbol, String description) {
        this.symbol = symbol;
        this.description = description;
    }

    /** The lecture's letter: W, H, D, F, S, P, K. */
    public String symbol() {
        return symbol;
    }

    /** English words for messages of the command line: "filter size". */
    public String description() {
        return description;
    }
}
