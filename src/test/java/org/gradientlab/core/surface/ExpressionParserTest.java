package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    private static double eval(String text, double x, double y) {
        return ExpressionParser.parse(text).eval(x, y);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2 + 3 * 4      | 14",
        "(2 + 3) * 4    | 20",
        "10 - 4 - 3     | 3",
        "8 / 4 / 2      | 1",
        "2 ^ 3 ^ 2      | 512",
        "(2 ^ 3) ^ 2    | 64",
        "-2 ^ 2         | -4",
        "(-2) ^ 2       | 4",
        "2 ^ -1         | 0.5",
        "--3            | 3",
        "+3 - -2        | 5",
        "2 * 3 ^ 2      | 18",
        "-3 * -2        | 6",
        "1e-3 * 1000    | 1",
        "2.5E+2 + .5    | 250.5",
        "4.             | 4",
    })
    void followsUsualPrecedenceAndAssociativity(String text, double expected) {
        assertEquals(expected, eval(text, 0, 0), 1e-12, text);
    }

    @Test
    void readsVariablesAndConstants() {
        assertEquals(-7 * -7 / 20.0 + 2 * 2, eval("x^2/20 + y^2", -7, 2), 1e-12);
        assertEquals(3 - 5 * 2, eval("x - 5*y", 3, 2), 1e-12);
        assertEquals(Math.PI, eval("pi", 0, 0));
        assertEquals(Math.E, eval("e", 0, 0));
        assertEquals(Math.E * 2, eval("2*e", 0, 0));
    }

    @Test
    void callsFunctions() {
        assertEquals(1, eval("sin(pi/2)", 0, 0), 1e-15);
        assertEquals(-1, eval("cos(pi)", 0, 0), 1e-15);
        assertEquals(1, eval("tan(pi/4)", 0, 0), 1e-15);
        assertEquals(1, eval("exp(0)", 0, 0));
        assertEquals(1, eval("log(e)", 0, 0), 1e-15);
        assertEquals(3, eval("sqrt(x)", 9, 0));
        assertEquals(3, eval("abs(y)", 0, -3));
        assertEquals(Math.sin(2) * Math.exp(-0.25), eval("sin(x) * exp(-y^2)", 2, 0.5), 1e-15);
        assertEquals(Double.NaN, eval("log(x)", -1, 0), "log of a negative number is NaN, not an exception");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"sin(x\"      | 5 | ')'",
        "\"(x + y\"     | 6 | ')'",
        "\"x^2+(y\"     | 6 | ')'",
        "\"2 *\"        | 3 | a number, x, y, pi, e, a function or '('",
        "\"\"           | 0 | a number, x, y, pi, e, a function or '('",
        "\"x + )\"      | 4 | a number, x, y, pi, e, a function or '('",
        "\"2 3\"        | 2 | an operator or the end",
        "\"x $ y\"      | 2 | an operator or the end",
        "\"2x\"         | 1 | an operator or the end",
        "\"sin x\"      | 4 | '('",
        "\"x + .\"      | 4 | a number, x, y, pi, e, a function or '('",
        // Found by ExpressionFuzzTest: a lone point with an exponent threw NumberFormatException.
        "\".e0\"        | 0 | a number, x, y, pi, e, a function or '('",
        "\"x^.e3\"      | 2 | a number, x, y, pi, e, a function or '('",
    })
    void reportsWhereAndWhatWasExpected(String text, int position, String expected) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text));
        assertEquals(position, e.position(), text);
        assertEquals(expected, e.expected(), text);
        assertEquals("at " + position + ": expected " + expected, e.getMessage());
    }

    @Test
    void namesTheUnknownWord() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse("x + foo(y)"));
        assertEquals(4, e.position());
        assertEquals("at 4: expected x, y, pi, e or a function (sin, cos, tan, exp, log, sqrt, abs), got 'foo'",
                e.getMessage());
    }
}
