package org.gradientlab.core.surface;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/** A parsed formula in x and y, a tree evaluated without re-reading the text. */
public sealed interface Expression {

    double eval(double x, double y);

    record Constant(double value) implements Expression {
        @Override public double eval(double x, double y) {
            return value;
        }
    }

    enum Variable implements Expression {
        X, Y;

        @Override public double eval(double x, double y) {
            return this == X ? x : y;
        }
    }

    record Negate(Expression operand) implements Expression {
        @Override public double eval(double x, double y) {
            return -operand.eval(x, y);
        }
    }

    record Binary(Operator operator, Expression left, Expression right) implements Expression {
        @Override public double eval(double x, double y) {
            double a = left.eval(x, y);
            double b = right.eval(x, y);
            return switch (operator) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
                case POWER -> Math.pow(a, b);
            };
        }
    }

    record Call(Function function, Expression argument) implements Expression {
        @Override public double eval(double x, double y) {
            return function.operator.applyAsDouble(argument.eval(x, y));
        }
    }

    enum Operator { ADD, SUBTRACT, MULTIPLY, DIVIDE, POWER }

    /** The functions a formula may call; log is the natural logarithm. */
    enum Function {
        SIN(Math::sin), COS(Math::cos), TAN(Math::tan), EXP(Math::exp), LOG(Math::log),
        SQRT(Math::sqrt), ABS(Math::abs);

        private final DoubleUnaryOperator operator;

        Function(DoubleUnaryOperator operator) {
            this.operator = operator;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Optional<Function> byId(String id) {
            return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
        }

        static String ids() {
            return Arrays.stream(values()).map(Function::id).collect(Collectors.joining(", "));
        }
    }
}
