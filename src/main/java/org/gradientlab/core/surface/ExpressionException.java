package org.gradientlab.core.surface;

/**
 * A formula that does not parse: where (0-based character index) and what was expected there,
 * as English text and as a kind plus detail a UI can word in its own language.
 */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What the parser expected at the position. */
    public enum Kind {
        /** a number, x, y, pi, e, a function or '(' */
        OPERAND,
        /** an operator or the end of the formula */
        OPERATOR_OR_END,
        /** one character, given as the detail */
        CHARACTER,
        /** a known name; the detail is the unknown word found instead */
        NAME
    }

    private final int position;
    private final Kind kind;
    private final String detail;

    ExpressionException(int position, Kind kind, String detail) {
        super("at " + position + ": expected " + english(kind, detail));
        this.position = position;
        this.kind = kind;
        this.detail = detail;
    }

    private static String english(Kind kind, String detail) {
        return switch (kind) {
            case OPERAND -> "a number, x, y, pi, e, a function or '('";
            case OPERATOR_OR_END -> "an operator or the end";
            case CHARACTER -> "'" + detail + "'";
            case NAME -> "x, y, pi, e or a function (" + functionNames() + "), got '" + detail + "'";
        };
    }

    /** The function names a formula may call: sin, cos, …. */
    public static String functionNames() {
        return Expression.Function.ids();
    }

    public int position() {
        return position;
    }

    /** What was expected, in English. */
    public String expected() {
        return english(kind, detail);
    }

    public Kind kind() {
        return kind;
    }

    /** The expected character (CHARACTER), the unknown word (NAME), or "". */
    public String detail() {
        return detail;
    }
}
