package org.gradientlab.core.surface;

import org.gradientlab.core.surface.Expression.Binary;
import org.gradientlab.core.surface.Expression.Call;
import org.gradientlab.core.surface.Expression.Constant;
import org.gradientlab.core.surface.Expression.Function;
import org.gradientlab.core.surface.Expression.Negate;
import org.gradientlab.core.surface.Expression.Operator;
import org.gradientlab.core.surface.Expression.Variable;
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
 */
public final class ExpressionParser {

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** Parses the whole text, or throws an {@link ExpressionException} naming position and expectation. */
    public static Expression parse(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        Expression result = parser.expression();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw new ExpressionException(parser.pos, Kind.OPERATOR_OR_END, "");
        }
        return result;
    }

    private Expression expression() {
        Expression left = term();
        while (true) {
            if (accept('+')) {
                left = new Binary(Operator.ADD, left, term());
            } else if (accept('-')) {
                left = new Binary(Operator.SUBTRACT, left, term());
            } else {
                return left;
            }
        }
    }

    private Expression term() {
        Expression left = unary();
        while (true) {
            if (accept('*')) {
                left = new Binary(Operator.MULTIPLY, left, unary());
            } else if (accept('/')) {
                left = new Binary(Operator.DIVIDE, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        if (accept('-')) {
            return new Negate(unary());
        }
        if (accept('+')) {
            return unary();
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        return accept('^') ? new Binary(Operator.POWER, base, unary()) : base;
    }

    private Expression primary() {
        skipSpaces();
        if (accept('(')) {
            Expression inner = expression();
            expect(')');
            return inner;
        }
        if (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            return number();
        }
        if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            return name();
        }
        throw new ExpressionException(pos, Kind.OPERAND, "");
    }

    private Expression number() {
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
        return new Constant(Double.parseDouble(literal));
    }

    private Expression name() {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        switch (name) {
            case "x": return Variable.X;
            case "y": return Variable.Y;
            case "pi": return new Constant(Math.PI);
            case "e": return new Constant(Math.E);
            default:
                Function function = Function.byId(name).orElseThrow(() -> new ExpressionException(start,
                        Kind.NAME, name));
                expect('(');
                Expression argument = expression();
                expect(')');
                return new Call(function, argument);
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
