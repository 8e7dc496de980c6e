package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Hostile formulas (issue 20): whatever the text, parsing gives an {@link Expression} or an
 * {@link ExpressionException} with a one-line message, never another throwable such as a
 * stack overflow; a formula that parses evaluates to a double without throwing.
 */
class ExpressionFuzzTest {

    /** Parses and evaluates, failing the property on anything but a value or an ExpressionException. */
    private static void valueOrClearError(String text) {
        Expression expression;
        try {
            expression = ExpressionParser.parse(text);
        } catch (ExpressionException e) {
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.position() >= 0 && e.position() <= Math.max(text.length(), ExpressionParser.MAX_LENGTH));
            return;
        }
        expression.eval(1.5, -0.5);
        expression.eval(Double.NaN, Double.POSITIVE_INFINITY);
    }

    @Property(tries = 400)
    void anyStringIsAValueOrAClearError(@ForAll @StringLength(max = 60) String text) {
        valueOrClearError(text);
    }

    /** Strings over the formula's own alphabet get much further into the grammar than random Unicode. */
    @Property(tries = 1000)
    void anyStringOfFormulaCharactersIsAValueOrAClearError(@ForAll("formulaCharacters") String text) {
        valueOrClearError(text);
    }

    @Provide
    Arbitrary<String> formulaCharacters() {
        return Arbitraries.strings().withChars("xy0123456789.e+-*/^() ").withChars("sincoexplgqrtab")
                .ofMaxLength(80);
    }

    /** Random well-formed trees, shallow or very deep, and how a random edit breaks them. */
    @Property(tries = 200)
    void randomTreesParseOrHitAStatedLimit(@ForAll("trees") String formula, @ForAll @IntRange(max = 1000) int cut) {
        valueOrClearError(formula);
        valueOrClearError(formula.substring(0, Math.min(cut, formula.length())));
    }

    @Provide
    Arbitrary<String> trees() {
        return Arbitraries.lazyOf(
                () -> Arbitraries.of("x", "y", "2", "0.5", "pi", "1e-3", "1e308"),
                () -> Arbitraries.integers().between(1, 200).map(n -> "(".repeat(n) + "x" + ")".repeat(n)),
                () -> Arbitraries.integers().between(1, 200).map(n -> "-".repeat(n) + "y"),
                () -> Arbitraries.integers().between(1, 200).map(n -> "x^".repeat(n) + "1"),
                () -> Arbitraries.integers().between(1, 200).map(n -> "sin(".repeat(n) + "x" + ")".repeat(n)),
                () -> Arbitraries.integers().between(1, 3000).map(n -> "x" + "+x".repeat(n)),
                () -> binary(),
                () -> call());
    }

    private Arbitrary<String> binary() {
        return net.jqwik.api.Combinators.combine(trees(), Arbitraries.of("+", "-", "*", "/", "^"), trees())
                .as((a, op, b) -> "(" + a + ")" + op + "(" + b + ")");
    }

    private Arbitrary<String> call() {
        return net.jqwik.api.Combinators.combine(
                Arbitraries.of(Expression.Function.values()).map(Expression.Function::id), trees())
                .as((f, a) -> f + "(" + a + ")");
    }

    @Property(tries = 20)
    void nestingAtTheLimitParsesAndOneMoreIsRefused(@ForAll("nestings") List<String> openClose) {
        String open = openClose.get(0);
        String close = openClose.get(1);
        // "x" nests one level itself; MAX_DEPTH − 1 wrappers reach the limit exactly.
        int wrappers = ExpressionParser.MAX_DEPTH - 1;
        String deepest = open.repeat(wrappers) + "x" + close.repeat(wrappers);
        ExpressionParser.parse(deepest).eval(0.5, 0.5);
        String tooDeep = open + deepest + close;
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(tooDeep));
        assertEquals(ExpressionException.Kind.TOO_DEEP, e.kind());
    }

    @Provide
    Arbitrary<List<String>> nestings() {
        return Arbitraries.of(List.of("(", ")"), List.of("-", ""), List.of("+", ""), List.of("sin(", ")"),
                List.of("abs(", ")"), List.of("2^", ""));
    }
}
