package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The hostile formulas of issue 20, each refused by a stated limit or evaluated, never a stack overflow. */
class ExpressionLimitsTest {

    private static ExpressionException refused(String text) {
        return assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text));
    }

    @Test
    void refusesTwentyThousandNestedParenthesesByLength() {
        ExpressionException e = refused("(".repeat(20_000) + "x" + ")".repeat(20_000));
        assertEquals(ExpressionException.Kind.TOO_LONG, e.kind());
        assertEquals("the formula has 40001 characters, more than the limit of 10000", e.getMessage());
    }

    @Test
    void refusesDeepNestingWithinTheLengthLimitWhereTheLimitIsCrossed() {
        ExpressionException e = refused("(".repeat(3000) + "x" + ")".repeat(3000));
        assertEquals(ExpressionException.Kind.TOO_DEEP, e.kind());
        // unary() of the 100th '(' is the 101st level, entered at index 100.
        assertEquals("at 100: nested deeper than the limit of 100 levels (parentheses, functions, signs and powers)",
                e.getMessage());
        assertEquals(ExpressionException.Kind.TOO_DEEP, refused("-".repeat(5000) + "x").kind());
        assertEquals(ExpressionException.Kind.TOO_DEEP, refused("x^".repeat(2000) + "x").kind());
        assertEquals(ExpressionException.Kind.TOO_DEEP, refused("sin(".repeat(1500) + "x" + ")".repeat(1500)).kind());
        assertEquals(ExpressionException.Kind.TOO_LONG, refused("-".repeat(50_000) + "x").kind());
    }

    @Test
    void aLongFlatSumWithinTheLimitEvaluatesWithAStackOfTwo() {
        // 4999 additions: a left-deep tree that a recursive evaluator would walk 5000 frames deep.
        Expression sum = ExpressionParser.parse("x" + "+x".repeat(4999));
        assertEquals(5000 * 0.25, sum.eval(0.25, 0), 1e-9);
        assertEquals(2, sum.stackSize());
        assertEquals(9999, sum.length());
        ExpressionException e = refused("x" + "+x".repeat(29_999));
        assertEquals(ExpressionException.Kind.TOO_LONG, e.kind());
        assertEquals("59999", e.detail());
    }

    @Test
    void rightAssociativePowersNeedOneSlotPerLevel() {
        Expression tower = ExpressionParser.parse("2^2^2^2");
        assertEquals(65536, tower.eval(0, 0));
        assertEquals(4, tower.stackSize());
    }

    @Test
    void cutsAnUnknownWordInTheMessage() {
        ExpressionException e = refused("q".repeat(5000));
        assertEquals(ExpressionException.Kind.NAME, e.kind());
        assertEquals("q".repeat(40) + "…", e.detail());
    }

    @Test
    void acceptsTheLongestAllowedFormula() {
        String text = "1" + " ".repeat(ExpressionParser.MAX_LENGTH - 1);
        assertEquals(1, ExpressionParser.parse(text).eval(0, 0));
        assertEquals(ExpressionException.Kind.TOO_LONG, refused(text + " ").kind());
    }
}
