package org.gradientlab.core.surface;

/** A formula that does not parse: where (0-based character index) and what was expected there. */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String expected;

    ExpressionException(int position, String expected) {
        super("at " + position + ": expected " + expected);
        this.position = position;
        this.expected = expected;
    }

    public int position() {
        return position;
    }

    public String expected() {
        return expected;
    }
}
