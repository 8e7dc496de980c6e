package org.gradientlab.core.surface;

import org.gradientlab.core.surface.Expression.Function;
import org.gradientlab.core.surface.ExpressionException.Kind;

/**
 * Recursive descent over this grammar, lowest precedence first:
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := ('-' | '+') unary | power          so -x^2 = -(x^2)
 * power      := primary ('^' unary)?               right-associative: 2^3^2 = 2^9, 2^-1 = 0.5
 * primary    := number | x | y | pi | e | function '(' expression ')' | '(' expression ')'
 * </pre>
 * Numbers are decimal with an optional exponent (1e-3, .5, 2.5E+2).
 *
 * <p>Each rule emits its postfix instructions as it reads, so no tree is built. The descent
 * recurses once per nesting level (a parenthesis, a function call, a sign, a power), so the
 * nesting depth is limited to {@link #MAX_DEPTH}, and the text to {@link #MAX_LENGTH}
 * characters: hostile input gets a one-line {@link ExpressionException}, never a stack overflow.
 */
public final class ExpressionParser {
    /** Longest formula read, in characters; the book's presets need under 100. */
    public static final int MAX_LENGTH = 10_000;
    /** Deepest nesting of parentheses, function calls, signs and powers. */
    public static final int MAX_DEPTH = 100;

    private final String text;
    private final Expression.Builder out = new Expression.Builder();
    private int pos;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** Parses the whole text, or throws an {@link ExpressionException} naming position and expectation. */
    public static Expression parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(MAX_LENGTH, Kind.TOO_LONG, String.valueOf(text.length()));
        }
        ExpressionParser parser = new ExpressionParser(text);
        parser.expression();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw new ExpressionException(parser.pos, Kind.OPERATOR_OR_END, "");
        }
        return parser.out.build();
    }

    private void expression() {
        term();
        while (true) {
            if (accept('+')) {
                term();
                out.binary(Expression.ADD);
            } else if (accept('-')) {
                term();
                out.binary(Expression.SUBTRACT);
            } else {
                return;
            }
        }
    }

    private void term() {
        unary();
        while (true) {
            if (accept('*')) {
                unary();
                out.binary(Expression.MULTIPLY);
            } else if (accept('/')) {
                unary();
                out.binary(Expression.DIVIDE);
            } else {
                return;
            }
        }
    }

    /** Every nesting level passes through here, so this is where depth is counted. */
    private void unary() {
        if (++depth > MAX_DEPTH) {
            skipSpaces();
            throw new ExpressionException(pos, Kind.TOO_DEEP, String.valueOf(MAX_DEPTH));
        }
        if (accept('-')) {
            unary();
            out.unary(Expression.NEGATE, 0);
        } else if (accept('+')) {
            unary();
        } else {
            power();
        }
        depth--;
    }

    private void power() {
        primary();
        if (accept('^')) {
            unary();
            out.binary(Expression.POWER);
        }
    }

    private void primary() {
        skipSpaces();
        if (accept('(')) {
            expression();
            expect(')');
            return;
        }
        if (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            number();
            return;
        }
        if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            name();
            return;
        }
        throw new ExpressionException(pos, Kind.OPERAND, "");
    }

    private void number() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        // An exponent only when digits follow: "2e" is 2 followed by the name e (an error).
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int digits = pos + 1;
            if (digits < text.length() && (text.charAt(digits) == '+' || text.charAt(digits) == '-')) {
                digits++;
            }
            if (digits < text.length() && isDigit(text.charAt(digits))) {
                pos = digits;
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
        }
        String literal = text.substring(start, pos);
        if (literal.equals(".")) {
            throw new ExpressionException(start, Kind.OPERAND, "");
        }
        out.constant(Double.parseDouble(literal));
    }

    private void name() {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        switch (name) {
            case "x" -> out.variable(true);
            case "y" -> out.variable(false);
            case "pi" -> out.constant(Math.PI);
            case "e" -> out.constant(Math.E);
            default -> {
                Function function = Function.byId(name).orElseThrow(() -> new ExpressionException(start,
                        Kind.NAME, name));
                expect('(');
                expression();
                expect(')');
                out.call(function);
            }
        }
    }

    private boolean accept(char c) {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw new ExpressionException(pos, Kind.CHARACTER, String.valueOf(c));
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
