package org.gradientlab.core.concepts.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * The worked example of a {@link DemoPlan}: a small integer input (the top-left of a fixed 9×9 grid), one F×F filter of −1, 0, 1
 * and a bias (or a max for pooling), and every output value. When the windows do not fit, only
 * the whole windows are taken, floor((W − F + 2P)/S) + 1 across, as deep-learning libraries do,
 * and {@link #covered} tells which input cells no window reaches.
 */
public final class ConvDemo {
    /** The bias added to every dot product of the demo filter. */
    public static final int BIAS = 1;

    private final DemoPlan plan;
    private final int[][] input;
    private final int[][] weights;
    private final int[][] output;

    public ConvDemo(DemoPlan plan) {
        this.plan = plan;
        input = new int[plan.height()][plan.width()];
        for (int r = 0; r < plan.height(); r++) {
            for (int c = 0; c < plan.width(); c++) {
                input[r][c] = inputValue(r, c);
            }
        }
        weights = new int[plan.filter()][plan.filter()];
        for (int a = 0; a < plan.filter(); a++) {
            for (int b = 0; b < plan.filter(); b++) {
                weights[a][b] = weightValue(a, b);
            }
        }
        output = new int[outputHeight()][outputWidth()];
        for (int i = 0; i < outputHeight(); i++) {
            for (int j = 0; j < outputWidth(); j++) {
                output[i][j] = compute(i, j);
            }
        }
    }

    /** The demo's input: small integers, no row or column alike, so every window reads differently. */
    private static final int[][] INPUT = {
        {1, 0, 2, 3, 1, 0, 4, 2, 1},
        {0, 3, 1, 0, 2, 5, 1, 0, 3},
        {2, 1, 4, 2, 0, 1, 3, 2, 0},
        {5, 0, 1, 3, 4, 2, 0, 1, 2},
        {1, 2, 0, 1, 3, 0, 2, 5, 1},
        {3, 1, 2, 0, 1, 4, 1, 0, 2},
        {0, 4, 1, 2, 5, 1, 0, 3, 1},
        {2, 0, 3, 1, 0, 2, 4, 1, 0},
        {1, 3, 0, 4, 2, 1, 0, 2, 3},
    };

    static int inputValue(int row, int col) {
        return INPUT[row][col];
    }

    /** The demo filter, −1, 0 and 1 in diagonal stripes. */
    static int weightValue(int row, int col) {
        return (row + 2 * col) % 3 - 1;
    }

    public DemoPlan plan() {
        return plan;
    }

    public int outputWidth() {
        return plan.horizontal().windows();
    }

    public int outputHeight() {
        return plan.vertical().windows();
    }

    /** Output cells, the animation's steps. */
    public int cellCount() {
        return outputWidth() * outputHeight();
    }

    /** The value at ({@code row}, {@code col}) of the input; 0 in the padding around it. */
    public int input(int row, int col) {
        return isPadding(row, col) ? 0 : input[row][col];
    }

    public boolean isPadding(int row, int col) {
        return row < 0 || col < 0 || row >= plan.height() || col >= plan.width();
    }

    public int weight(int row, int col) {
        return weights[row][col];
    }

    public int output(int row, int col) {
        return output[row][col];
    }

    /** Output cell {@code step} in reading order: {row, col}. */
    public int[] cellAt(int step) {
        if (step < 0 || step >= cellCount()) {
            throw new IllegalArgumentException("step must be 0 to " + (cellCount() - 1) + ", got " + step);
        }
        return new int[] {step / outputWidth(), step % outputWidth()};
    }

    /** Output (i, j) reads the F×F input window starting at (i·S − P, j·S − P). */
    public Window window(int row, int col) {
        return new Window(row * plan.stride() - plan.padding(), col * plan.stride() - plan.padding(), plan.filter());
    }

    /** Whether some window reads input cell (row, col); padding cells included. */
    public boolean covered(int row, int col) {
        return coveredAlong(row, outputHeight()) && coveredAlong(col, outputWidth());
    }

    /** Window i spans i·S − P to i·S − P + F − 1: some i in [0, windows) holds {@code at}. */
    private boolean coveredAlong(int at, int windows) {
        int shifted = at + plan.padding();
        int last = Math.min(windows - 1, Math.floorDiv(shifted, plan.stride()));
        return last >= 0 && last * plan.stride() + plan.filter() - 1 >= shifted;
    }

    /** Whether every input cell (padding aside) is read by some window. */
    public boolean coversInput() {
        for (int r = 0; r < plan.height(); r++) {
            for (int c = 0; c < plan.width(); c++) {
                if (!covered(r, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private int compute(int row, int col) {
        Window w = window(row, col);
        if (plan.pooling()) {
            int max = Integer.MIN_VALUE;
            for (int a = 0; a < w.size(); a++) {
                for (int b = 0; b < w.size(); b++) {
                    max = Math.max(max, input(w.top() + a, w.left() + b));
                }
            }
            return max;
        }
        int sum = BIAS;
        for (int a = 0; a < w.size(); a++) {
            for (int b = 0; b < w.size(); b++) {
                sum += weights[a][b] * input(w.top() + a, w.left() + b);
            }
        }
        return sum;
    }

    /**
     * How output (row, col) is computed, numbers in: "2·1 + 0·0 + 3·(−1) + 1 = 0" for a
     * convolution (input·weight, then the bias), "max(0, 3, 5, 2) = 5" for pooling.
     */
    public String expression(int row, int col) {
        Window w = window(row, col);
        List<String> terms = new ArrayList<>();
        for (int a = 0; a < w.size(); a++) {
            for (int b = 0; b < w.size(); b++) {
                int x = input(w.top() + a, w.left() + b);
                terms.add(plan.pooling() ? signed(x) : signed(x) + "·" + operand(weights[a][b]));
            }
        }
        String value = signed(output[row][col]);
        return plan.pooling()
                ? "max(" + String.join(", ", terms) + ") = " + value
                : String.join(" + ", terms) + " + " + BIAS + " = " + value;
    }

    private static String signed(int value) {
        return value < 0 ? "−" + (-value) : Integer.toString(value);
    }

    private static String operand(int value) {
        return value < 0 ? "(" + signed(value) + ")" : signed(value);
    }
}
