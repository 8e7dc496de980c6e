package org.gradientlab.core.surface;

import java.util.List;

/** A surface typed by the user, e.g. "sin(x) + y^2/4"; its gradient by central differences. */
public final class ExpressionSurface implements Surface {
    private final String text;
    private final Expression expression;

    private ExpressionSurface(String text, Expression expression) {
        this.text = text;
        this.expression = expression;
    }

    /** Parses {@code text} once; throws {@link ExpressionException} when it does not parse. */
    public static ExpressionSurface parse(String text) {
        return new ExpressionSurface(text.strip(), ExpressionParser.parse(text));
    }

    /**
     * A preset by name ({@link PresetSurface#names()}), else the text as a formula in x and y.
     * A lone unknown word is reported as an unknown surface rather than a formula error.
     */
    public static Surface presetOrParse(String nameOrExpression) {
        String text = nameOrExpression.strip();
        var preset = PresetSurface.byName(text);
        if (preset.isPresent()) {
            return preset.get();
        }
        // A pasted page of letters gets the length limit, not a message quoting all of it.
        if (text.length() <= ExpressionParser.MAX_LENGTH && text.matches("[A-Za-z]\\w+") && !text.equals("pi")) {
            throw new IllegalArgumentException("unknown function '" + text + "', expected one of "
                    + PresetSurface.names() + " or a formula in x and y");
        }
        return parse(text);
    }

    @Override
    public String id() {
        return text;
    }

    @Override
    public double value(double x, double y) {
        return expression.eval(x, y);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return numericGradient(x, y);
    }

    /** Unknown in general. */
    @Override
    public List<Vec2> minima() {
        return List.of();
    }

    /** The book's view, so the default start (−7, 2) is on screen. */
    @Override
    public ViewRect view() {
        return PresetSurface.BOOK.view();
    }

    @Override
    public String toString() {
        return text;
    }
}
