package org.gradientlab.core.surface;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The built-in surfaces, each with its analytic gradient. */
public enum PresetSurface implements Surface {

    /** The book's f = x²/20 + y² (ch06/optimizer_compare_naive.py): 20 times steeper in y. */
    BOOK("book", new ViewRect(-10, 10, -5, 5), new Vec2(0, 0)) {
        @Override public double value(double x, double y) {
            return x * x / 20.0 + y * y;
        }

        @Override public Vec2 gradient(double x, double y) {
            return new Vec2(x / 10.0, 2.0 * y);
        }
    },

    /** f = x² + y²: round, every optimizer heads straight in. */
    BOWL("bowl", new ViewRect(-5, 5, -5, 5), new Vec2(0, 0)) {
        @Override public double value(double x, double y) {
            return x * x + y * y;
        }

        @Override public Vec2 gradient(double x, double y) {
            return new Vec2(2 * x, 2 * y);
        }
    },

    /** f = (1−x)² + 100(y−x²)²: a long curved valley, minimum (1, 1). */
    ROSENBROCK("rosenbrock", new ViewRect(-2, 2, -1, 3), new Vec2(1, 1)) {
        @Override public double value(double x, double y) {
            double valley = y - x * x;
            return (1 - x) * (1 - x) + 100 * valley * valley;
        }

        @Override public Vec2 gradient(double x, double y) {
            double valley = y - x * x;
            return new Vec2(-2 * (1 - x) - 400 * x * valley, 200 * valley);
        }
    },

    /** f = (x²+y−11)² + (x+y²−7)²: four minima of value 0, which one depends on the start. */
    HIMMELBLAU("himmelblau", new ViewRect(-5, 5, -5, 5), new Vec2(3, 2),
            new Vec2(-2.805118086952745, 3.131312518250573), new Vec2(-3.779310253377747, -3.283185991286169),
            new Vec2(3.5844283403304917, -1.8481265269644034)) {
        @Override public double value(double x, double y) {
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            return a * a + b * b;
        }

        @Override public Vec2 gradient(double x, double y) {
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            return new Vec2(4 * x * a + 2 * b, 2 * a + 4 * y * b);
        }
    },

    /** f = x² − y²: a saddle at the origin, unbounded below along y. */
    SADDLE("saddle", new ViewRect(-3, 3, -3, 3)) {
        @Override public double value(double x, double y) {
            return x * x - y * y;
        }

        @Override public Vec2 gradient(double x, double y) {
            return new Vec2(2 * x, -2 * y);
        }
    },

    /** f = (1.5−x+xy)² + (2.25−x+xy²)² + (2.625−x+xy³)²: flat plateaus, minimum (3, 0.5). */
    BEALE("beale", new ViewRect(-4.5, 4.5, -4.5, 4.5), new Vec2(3, 0.5)) {
        @Override public double value(double x, double y) {
            double a = 1.5 - x + x * y;
            double b = 2.25 - x + x * y * y;
            double c = 2.625 - x + x * y * y * y;
            return a * a + b * b + c * c;
        }

        @Override public Vec2 gradient(double x, double y) {
            double a = 1.5 - x + x * y;
            double b = 2.25 - x + x * y * y;
            double c = 2.625 - x + x * y * y * y;
            return new Vec2(2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
                    2 * a * x + 4 * b * x * y + 6 * c * x * y * y);
        }
    };

    private final String id;
    private final ViewRect view;
    private final List<Vec2> minima;

    PresetSurface(String id, ViewRect view, Vec2... minima) {
        this.id = id;
        this.view = view;
        this.minima = List.of(minima);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Vec2> minima() {
        return minima;
    }

    @Override
    public ViewRect view() {
        return view;
    }

    /** The preset with this command-line name, e.g. "rosenbrock". */
    public static Optional<PresetSurface> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.id.equals(name)).findFirst();
    }

    /** "book, bowl, rosenbrock, himmelblau, saddle, beale". */
    public static String names() {
        return Arrays.stream(values()).map(PresetSurface::id).collect(Collectors.joining(", "));
    }
}
