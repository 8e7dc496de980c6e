package org.gradientlab.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExpressionSurfaceTest {

    @Test
    void typedBookFunctionAgreesWithThePreset() {
        Surface typed = ExpressionSurface.parse("x^2/20 + y^2");
        for (Vec2 p : List.of(new Vec2(-7, 2), new Vec2(3.3, -0.4), new Vec2(0, 0))) {
            assertEquals(PresetSurface.BOOK.value(p.x(), p.y()), typed.value(p.x(), p.y()), 1e-12);
            Vec2 numeric = typed.gradient(p.x(), p.y());
            Vec2 analytic = PresetSurface.BOOK.gradient(p.x(), p.y());
            assertEquals(analytic.x(), numeric.x(), 1e-8, "∂f/∂x at " + p);
            assertEquals(analytic.y(), numeric.y(), 1e-8, "∂f/∂y at " + p);
        }
    }

    @Test
    void centralDifferencesFollowACurvedFormula() {
        Surface typed = ExpressionSurface.parse("sin(x) * exp(-y^2)");
        double x = 0.7;
        double y = -0.3;
        Vec2 g = typed.gradient(x, y);
        assertEquals(Math.cos(x) * Math.exp(-y * y), g.x(), 1e-9);
        assertEquals(Math.sin(x) * Math.exp(-y * y) * -2 * y, g.y(), 1e-9);
    }

    @Test
    void resolvesPresetNamesBeforeFormulas() {
        assertSame(PresetSurface.ROSENBROCK, ExpressionSurface.presetOrParse("rosenbrock"));
        assertSame(PresetSurface.BOOK, ExpressionSurface.presetOrParse(" book "));
        Surface formula = ExpressionSurface.presetOrParse("x*y");
        assertInstanceOf(ExpressionSurface.class, formula);
        assertEquals("x*y", formula.id());
        assertEquals(6, formula.value(2, 3));
        assertEquals(List.of(), formula.minima());
    }

    @Test
    void reportsAnUnknownNameAsAnUnknownFunction() {
        var e = assertThrows(IllegalArgumentException.class, () -> ExpressionSurface.presetOrParse("rosenbrok"));
        assertEquals("unknown function 'rosenbrok', expected one of book, bowl, rosenbrock, himmelblau, saddle, "
                + "beale or a formula in x and y", e.getMessage());
        assertThrows(ExpressionException.class, () -> ExpressionSurface.presetOrParse("x^2 + (y"));
    }
}
