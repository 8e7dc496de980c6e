package org.gradientlab.ui.kit.input;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.gradientlab.ui.kit.text.Num;

/**
 * The numbers a user may type, read the same in every locale: digits, one '.' as the decimal
 * point, an optional sign (the true minus − too) and an exponent ("1e-3"). Full-width digits
 * from a Korean or Japanese input method count as digits. NaN, infinities, hex floats, the
 * "d"/"f" suffixes Double.parseDouble accepts and a decimal comma are refused.
 */
public final class Parsers {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    /**
     * A bound in a message is a number a person reads (Num: true minus, grouping, "1 × 10⁻⁶"),
     * with every digit a double's bound holds, so the message never rounds it past what is accepted.
     */
    private static final int BOUND_DIGITS = 15;

    private Parsers() {}

    /** Trimmed, full-width forms folded to ASCII (NFKC), the true minus and its kin made '-'. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        return folded.replace('\u2212', '-').replace('\u2013', '-').replace('\uFE63', '-');
    }

    private static Invalid listRefused(int maxCount, int min, int max) {
        return new Invalid("input.error.list", Num.integer(maxCount), Num.integer(min), Num.integer(max));
    }

    /** A finite number. */
    public static double number(String text) {
        String plain = normalize(text);
        if (!NUMBER.matcher(plain).matches()) {
            throw new Invalid("input.error.number");
        }
        double value = Double.parseDouble(plain);
        if (Double.isInfinite(value)) {
            throw new Invalid("input.error.too-large");
        }
        return value;
    }

    /** A finite number in [min, max]. */
    public static double number(String text, double min, double max) {
        double value = number(text);
        if (value < min || value > max) {
            throw new Invalid("input.error.number-range", Num.format(min, BOUND_DIGITS), Num.format(max, BOUND_DIGITS));
        }
        return value;
    }

    /** A whole number in [min, max]; "1.5", "1e3" and numbers past a long are refused with the range. */
    public static long whole(String text, long min, long max) {
        String plain = normalize(text);
        if (!WHOLE.matcher(plain).matches()) {
            throw new Invalid("input.error.whole-range", Num.integer(min), Num.integer(max));
        }
        BigInteger value = new BigInteger(plain.startsWith("+") ? plain.substring(1) : plain);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Invalid("input.error.whole-range", Num.integer(min), Num.integer(max));
        }
        return value.longValue();
    }

    /** An int in [min, max]. */
    public static int wholeInt(String text, int min, int max) {
        return (int) whole(text, min, max);
    }

    /**
     * Sizes separated by commas or spaces, each in [min, max], at most {@code maxCount} in all;
     * "100x5" (or 100×5, 100*5) stands for five of 100, as the book writes [100] * 5.
     */
    public static List<Integer> wholeList(String text, int maxCount, int min, int max) {
        String plain = normalize(text);
        String[] parts = plain.split("[,\\s]+");
        if (plain.isEmpty() || parts.length > maxCount) {
            throw listRefused(maxCount, min, max);
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : parts) {
            String[] repeat = part.split("[x×*]", -1);
            if (repeat.length > 2) {
                throw listRefused(maxCount, min, max);
            }
            try {
                int size = wholeInt(repeat[0], min, max);
                int times = repeat.length == 2 ? wholeInt(repeat[1], 1, maxCount) : 1;
                if (sizes.size() + times > maxCount) {
                    throw listRefused(maxCount, min, max);
                }
                sizes.addAll(Collections.nCopies(times, size));
            } catch (Invalid e) {
                throw listRefused(maxCount, min, max);
            }
        }
        return List.copyOf(sizes);
    }
}
