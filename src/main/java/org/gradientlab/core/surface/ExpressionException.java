package org.gradientlab.core.surface;

/**
 * A formula that does not parse: where (0-based character index) and what was expected there,
 * or which limit it exceeds, as English text and as a kind plus detail a UI can word in its
 * own language.
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
        NAME,
        /** longer than {@link ExpressionParser#MAX_LENGTH}; the detail is the text's length */
        TOO_LONG,
        /** nested deeper than {@link ExpressionParser#MAX_DEPTH}; the detail is that limit */
        TOO_DEEP
    }

    /** Longest unknown word quoted in full; a pasted page of letters is cut. */
    private static final int QUOTED = 40;

    private final int position;
    private final Kind kind;
    private final String detail;

    ExpressionException(int position, Kind kind, String detail) {
        super(message(position, kind, shorten(detail)));
        this.position = position;
        this.kind = kind;
        this.detail = shorten(detail);
    }

    private static String shorten(String word) {
        return word.length() <= QUOTED ? word : word.substring(0, QUOTED) + "…";
    }

    private static String message(int position, Kind kind, String detail) {
        return switch (kind) {
            case TOO_LONG -> "the formula has " + detail + " characters, more than the limit of "
                    + ExpressionParser.MAX_LENGTH;
            case TOO_DEEP -> "at " + position + ": nested deeper than the limit of " + detail
                    + " levels (parentheses, functions, signs and powers)";
            default -> "at " + position + ": expected " + english(kind, detail);
        };
    }

    private static String english(Kind kind, String detail) {
        return switch (kind) {
            case OPERAND -> "a number, x, y, pi, e, a function or '('";
            case OPERATOR_OR_END -> "an operator or the end";
            case CHARACTER -> "'" + detail + "'";
            case NAME -> "x, y, pi, e or a function (" + functionNames() + "), got '" + detail + "'";
            case TOO_LONG, TOO_DEEP -> "a shorter formula";
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

    /**
     * The expected character (CHARACTER), the unknown word (NAME, its first 40 characters), the
     * text's length (TOO_LONG), the depth limit (TOO_DEEP), or "".
     */
    public String detail() {
        return detail;
    }
}
