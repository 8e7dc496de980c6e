package org.gradientlab.ui.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The one number rule (was optimizer's NumbersTest; its cases stay, written in the shared style). */
class NumTest {
    @Test
    void showsFourSignificantDigitsWithATrueMinus() {
        assertEquals("−6.335", Num.format(-6.335));
        assertEquals("0.07", Num.format(0.07000000000000001));
        assertEquals("0", Num.format(0));
        assertEquals("0", Num.format(-0.0));
        assertEquals("(−0.4)", Num.operand(-0.4));
        assertEquals("0.4", Num.operand(0.4));
        assertEquals("0.1235", Num.format(0.123456));
        assertEquals("0.123", Num.format(0.123456, 3));
        assertEquals("0.124", Num.format(0.12351, 3));
    }

    @Test
    void upToDropsTrailingZerosAndNeverShowsMinusZero() {
        assertEquals("0.01", Num.upTo(0.0100, 3));
        assertEquals("−0.5", Num.upTo(-0.5, 3));
        assertEquals("1", Num.upTo(1, 3));
        assertEquals("0.123", Num.upTo(0.12345, 3));
        assertEquals("0", Num.upTo(-0.0004, 3));
        assertEquals("60,000", Num.upTo(60000, 3));
    }

    @Test
    void keepsTheWholePartAndGroupsThousandsAsMessageFormatDoes() {
        assertEquals("123,456", Num.format(123456));
        assertEquals("8,000", Num.format(8000));
        assertEquals("12,346", Num.format(12345.6));
        assertEquals("999", Num.format(999));
        assertEquals("−1,234.5", Num.format(-1234.5, 5));
        assertEquals("8,000", Num.integer(8000));
        assertEquals("−12", Num.integer(-12));
    }

    @Test
    void goesScientificBelowOneThousandthAndFromAMillion() {
        assertEquals("0.001", Num.format(1e-3));
        assertEquals("9.999 × 10⁻⁴", Num.format(9.999e-4));
        assertEquals("−1 × 10⁻⁷", Num.format(-1e-7));
        assertEquals("1.5 × 10⁻⁷", Num.format(1.5e-7));
        assertEquals("999,999", Num.format(999999));
        assertEquals("1 × 10⁶", Num.format(1e6));
        assertEquals("1.235 × 10⁸", Num.format(123456789));
        // Rounding can carry into the next power: the exponent follows the rounded mantissa.
        assertEquals("1 × 10⁻³", Num.format(9.99996e-4));
        assertEquals("1 × 10⁶", Num.format(999999.7));
        assertEquals("1 × 10¹²", Num.format(1e12));
    }

    @Test
    void neverWritesJavasExponentForm() {
        for (double v : new double[] {99999999, 9.9999999e7, 1e-5, 123456789012.0, 0.0001234, -3e-9}) {
            String text = Num.format(v);
            assertFalse(text.contains("E") || text.contains("e") || text.contains("-"), text);
        }
        assertEquals("99999999", Num.plain(99999999));
        assertEquals("99999999", Num.plain(9.9999999e7));
    }

    @Test
    void namesNotANumberAndInfinity() {
        assertEquals("NaN", Num.format(Double.NaN));
        assertEquals("∞", Num.format(Double.POSITIVE_INFINITY));
        assertEquals("−∞", Num.format(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", Num.fixed(Double.NaN, 2));
        assertEquals("−∞", Num.fixed(Double.NEGATIVE_INFINITY, 1));
    }

    @Test
    void fixedDecimalsRoundHalfUpAndDropTheSignOfZero() {
        assertEquals("−0.50", Num.fixed(-0.5, 2));
        assertEquals("0.00", Num.fixed(-0.001, 2));
        assertEquals("0.3", Num.fixed(0.25, 1));
        assertEquals("1,234.57", Num.fixed(1234.567, 2));
        assertEquals("2", Num.fixed(1.5, 0));
    }

    @Test
    void percentagesHaveThreeSignificantDigitsAndASliverMark() {
        assertEquals("33.3%", Num.percent(1 / 3.0));
        assertEquals("2.5%", Num.percent(0.025));
        assertEquals("100%", Num.percent(1));
        assertEquals("0%", Num.percent(0));
        assertEquals("<0.1%", Num.percent(0.0004));
        assertEquals("97.3%", Num.percent(0.9731, 1));
    }

    @Test
    void durationsAreMinutesAndSeconds() {
        assertEquals("0:15", Num.duration(15.2));
        assertEquals("12:03", Num.duration(723));
        assertEquals("1:02:03", Num.duration(3723));
        assertEquals("0:00", Num.duration(-3));
    }

    @Test
    void exactTextReadsBackAndSliderValuesAreTidied() {
        assertEquals("0.95", Num.plain(0.95));
        assertEquals("0.001", Num.plain(1e-3));
        assertEquals("0", Num.plain(0));
        // A field shows the same true minus as every other number on screen; Parsers read it back.
        assertEquals("\u22127", Num.plain(-7));
        assertEquals("\u22120.5", Num.plain(-0.5));
        assertEquals(0.237, Num.round(0.2371894));
        for (double v : new double[] {0.95, 1e-3, 1e-12, 123456789, 3.14159, 5e20}) {
            assertEquals(v, Double.parseDouble(Num.plain(v)));
        }
    }

    @Test
    void powersOfTenUseSuperscripts() {
        assertEquals("10⁻³", Num.powerOfTen(-3));
        assertEquals("10¹⁰", Num.powerOfTen(10));
    }

    @Test
    void powerFormWritesEveryMagnitudeAsAPowerAndLeavesOutAMantissaOfOne() {
        assertEquals("10⁻³", Num.powerForm(0.001, 2));
        assertEquals("3.2 × 10⁻³", Num.powerForm(0.00316, 2));
        assertEquals("10⁰", Num.powerForm(1, 2));
        assertEquals("5 × 10⁻²", Num.powerForm(0.05, 4), "plain range too: one form for a whole axis");
        // Rounded before the exponent is read: 9.9996 × 10⁻⁴ is 10⁻³, never 10 × 10⁻⁴.
        assertEquals("10⁻³", Num.powerForm(9.9996e-4, 2));
        assertEquals("−2 × 10⁵", Num.powerForm(-2e5, 3));
    }
}
