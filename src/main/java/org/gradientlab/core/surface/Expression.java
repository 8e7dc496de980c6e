package org.gradientlab.core.surface;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/**
 * A parsed formula in x and y, compiled to a flat postfix program: one loop over the
 * instructions with a small operand stack. Unlike a tree walked recursively, evaluation never
 * grows the call stack (a sum of thousands of terms is a left-deep tree), and the contour grid's
 * many evaluations run over two flat arrays. Immutable and safe to share between threads.
 */
public final class Expression {
    // One int per instruction: the opcode in the low byte, an operand (constant or function index) above it.
    static final int CONSTANT = 0;
    static final int X = 1;
    static final int Y = 2;
    static final int NEGATE = 3;
    static final int ADD = 4;
    static final int SUBTRACT = 5;
    static final int MULTIPLY = 6;
    static final int DIVIDE = 7;
    static final int POWER = 8;
    static final int CALL = 9;

    private static final Function[] FUNCTIONS = Function.values();

    private final int[] code;
    private final double[] constants;
    private final int stackSize;

    Expression(int[] code, double[] constants, int stackSize) {
        this.code = code;
        this.constants = constants;
        this.stackSize = stackSize;
    }

    public double eval(double x, double y) {
        double[] stack = new double[stackSize];
        int top = -1;
        for (int instruction : code) {
            int operand = instruction >>> 8;
            switch (instruction & 0xff) {
                case CONSTANT -> stack[++top] = constants[operand];
                case X -> stack[++top] = x;
                case Y -> stack[++top] = y;
                case NEGATE -> stack[top] = -stack[top];
                case ADD -> { top--; stack[top] += stack[top + 1]; }
                case SUBTRACT -> { top--; stack[top] -= stack[top + 1]; }
                case MULTIPLY -> { top--; stack[top] *= stack[top + 1]; }
                case DIVIDE -> { top--; stack[top] /= stack[top + 1]; }
                case POWER -> { top--; stack[top] = Math.pow(stack[top], stack[top + 1]); }
                case CALL -> stack[top] = FUNCTIONS[operand].operator.applyAsDouble(stack[top]);
                default -> throw new IllegalStateException("opcode " + (instruction & 0xff));
            }
        }
        return stack[0];
    }

    /** Instructions in the program (for tests of its shape). */
    int length() {
        return code.length;
    }

    /** Operand-stack slots evaluation needs. */
    int stackSize() {
        return stackSize;
    }

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

    /** Collects instructions in postfix order and tracks the deepest operand stack they reach. */
    static final class Builder {
        private int[] code = new int[16];
        private int length;
        private double[] constants = new double[8];
        private int constantCount;
        private int depth;
        private int maxDepth;

        void constant(double value) {
            if (constantCount == constants.length) {
                constants = Arrays.copyOf(constants, constantCount * 2);
            }
            constants[constantCount] = value;
            emit(CONSTANT | constantCount++ << 8, +1);
        }

        void variable(boolean isX) {
            emit(isX ? X : Y, +1);
        }

        /** NEGATE or CALL: replace the top. */
        void unary(int opcode, int operand) {
            emit(opcode | operand << 8, 0);
        }

        void call(Function function) {
            unary(CALL, function.ordinal());
        }

        /** ADD … POWER: two operands in, one out. */
        void binary(int opcode) {
            emit(opcode, -1);
        }

        private void emit(int instruction, int stackChange) {
            if (length == code.length) {
                code = Arrays.copyOf(code, length * 2);
            }
            code[length++] = instruction;
            depth += stackChange;
            maxDepth = Math.max(maxDepth, depth);
        }

        Expression build() {
            return new Expression(Arrays.copyOf(code, length), Arrays.copyOf(constants, constantCount),
                    Math.max(1, maxDepth));
        }
    }
}
