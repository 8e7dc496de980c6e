package org.gradientlab.ui.kit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.gradientlab.ui.kit.text.Num;

class ParsersTest {
    @Test
    void readsPlainSignedAndExponentNumbers() {
        assertEquals(0.01, Parsers.number("0.01"));
        assertEquals(-2.5, Parsers.number("-2.5"));
        assertEquals(2.5, Parsers.number("+2.5"));
        assertEquals(0.5, Parsers.number(".5"));
        assertEquals(3.0, Parsers.number("3."));
        assertEquals(1e-3, Parsers.number("1e-3"));
        assertEquals(1200.0, Parsers.number("1.2E3"));
        assertEquals(7.0, Parsers.number("  7 \t"));
    }

    @Test
    void acceptsTheTrueMinusAndFullWidthDigits() {
        assertEquals(-0.5, Parsers.number("\u22120.5"));
        assertEquals(-12.0, Parsers.number("\uFF0D\uFF11\uFF12"), "full-width minus and digits from an IME");
        assertEquals(-3L, Parsers.whole("\u22123", -10, 10));
    }

    @Test
    void readsTheSameWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.GERMANY, Locale.KOREA, Locale.FRANCE, Locale.ROOT)) {
                Locale.setDefault(locale);
                assertEquals(1.5, Parsers.number("1.5"), locale.toString());
                assertThrows(Invalid.class, () -> Parsers.number("1,5"), "a decimal comma is refused in " + locale);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1f", "1,5", "1..2",
        "e5", "--1", "가나다", "1 2", "٣"})
    void refusesWhatIsNotAPlainNumber(String text) {
        Invalid e = assertThrows(Invalid.class, () -> Parsers.number(text));
        assertEquals("input.error.number", e.key());
    }

    @Test
    void aNumberPastTheDoubleRangeIsTooLargeNotInfinity() {
        assertEquals("input.error.too-large", assertThrows(Invalid.class, () -> Parsers.number("1e309")).key());
        assertEquals("input.error.too-large", assertThrows(Invalid.class, () -> Parsers.number("-1e309")).key());
        assertEquals(0.0, Parsers.number("1e-400"), "underflow is a tiny number, judged by the range");
    }

    @Test
    void rangesIncludeTheirEnds() {
        assertEquals(0.0, Parsers.number("0", 0, 1));
        assertEquals(1.0, Parsers.number("1", 0, 1));
        Invalid e = assertThrows(Invalid.class, () -> Parsers.number("1.0001", 0, 1));
        assertEquals("input.error.number-range", e.key());
    }

    @Test
    void wholeNumbersRefuseFractionsExponentsAndOverflowWithTheirRange() {
        assertEquals(0L, Parsers.whole("0", 0, Integer.MAX_VALUE));
        assertEquals(2147483647L, Parsers.whole("2147483647", 0, Integer.MAX_VALUE));
        assertEquals(Long.MIN_VALUE, Parsers.whole("-9223372036854775808", Long.MIN_VALUE, Long.MAX_VALUE));
        for (String bad : List.of("1.5", "1e3", "NaN", "1e309", "-1", "2147483648", "99999999999999999999999", "abc",
                "한국어", "")) {
            Invalid e = assertThrows(Invalid.class, () -> Parsers.whole(bad, 0, Integer.MAX_VALUE), bad);
            assertEquals("input.error.whole-range", e.key(), bad);
        }
    }

    @Test
    void boundsInMessagesAreWrittenByTheKitsNumberRule() {
        // As the schedules page states its bounds: grouped, a true minus, "× 10ⁿ" outside [10⁻³, 10⁶).
        assertArgs(List.of("0", "2,147,483,647"), () -> Parsers.whole("x", 0, Integer.MAX_VALUE));
        assertArgs(List.of("\u22129,223,372,036,854,775,808", "9,223,372,036,854,775,807"),
                () -> Parsers.whole("x", Long.MIN_VALUE, Long.MAX_VALUE));
        assertArgs(List.of("\u22121", "0.001"), () -> Parsers.number("1", -1, 1e-3));
        assertArgs(List.of("0", "1 × 10⁻⁴"), () -> Parsers.number("1", 0, 1e-4));
        assertArgs(List.of("\u22121 × 10⁶", "1 × 10⁶"), () -> Parsers.number("2e6", -1e6, 1e6));
        assertArgs(List.of("1 × 10⁻⁶", "0.12345"), () -> Parsers.number("1", 1e-6, 0.12345));
        assertArgs(List.of("20", "1", "4,096"), () -> Parsers.wholeList("abc", 20, 1, 4096));
    }

    @Test
    void whatAFieldShowsReadsBackExactly() {
        for (double v : new double[] {-7, -0.5, -1e-12, -123456789, 0.95, 1e-3, 5e20, -3.14159}) {
            assertEquals(v, Parsers.number(Num.plain(v)), Num.plain(v));
        }
    }

    private static void assertArgs(List<String> expected, org.junit.jupiter.api.function.Executable parse) {
        Invalid e = assertThrows(Invalid.class, parse);
        assertEquals(expected, List.of(e.args()).stream().map(String::valueOf).toList(), e.key());
    }

    @Test
    void listsReadCommasSpacesAndRepeats() {
        assertEquals(List.of(100, 100, 100), Parsers.wholeList("100,100,100", 20, 1, 4096));
        assertEquals(List.of(50, 100), Parsers.wholeList(" 50, 100 ", 20, 1, 4096));
        assertEquals(List.of(100, 100, 100, 100, 100), Parsers.wholeList("100x5", 20, 1, 4096));
        assertEquals(List.of(10, 20, 20), Parsers.wholeList("10 20×2", 20, 1, 4096));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "100,,x", "100x", "x5", "0", "4097", "100x21", "100x2x2", "1.5", "100;100", "abc",
        "100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100"})
    void refusesListsOutsideTheirLimits(String text) {
        Invalid e = assertThrows(Invalid.class, () -> Parsers.wholeList(text, 20, 1, 4096));
        assertEquals("input.error.list", e.key());
    }

    @Test
    void orSayReplacesTheMessageOfARefusal() {
        Parser<Double> lr = Parsers::number;
        assertEquals("training.error.lr", assertThrows(Invalid.class, () -> lr.orSay("training.error.lr").parse("x")).key());
        assertEquals(0.1, lr.orSay("training.error.lr").parse("0.1"));
    }
}
