package org.gradientlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SmoothingTest {
    @Test
    void matchesTheBooksSmoothCurve() {
        double[] x = new double[15];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i * 7 % 13) + 0.1 * i;
        }
        // common/util.py smooth_curve(x) run with numpy 2.4.
        double[] book = {4.777493367966738, 4.577046954366312, 5.060451487869742, 5.127492253198771,
                5.849023389852048, 6.113910818886278, 6.986089181113721, 7.313910818886277, 7.504301919781848,
                7.563686469831347, 7.820613938327226, 7.373056832462168, 7.3183668394799115, 7.266898399926275,
                7.2364040120347015};
        assertArrayEquals(book, Smoothing.smooth(x), 1e-12);
    }

    @Test
    void kaiserWindowIsNumpysNormalised() {
        double[] w = Smoothing.kaiser(11, 2);
        assertEquals(1, Arrays.stream(w).sum(), 1e-15);
        assertEquals(0.05244517, w[0], 1e-8);
        assertEquals(0.11955325, w[5], 1e-8);
        assertEquals(w[2], w[8], 1e-15);
    }

    @Test
    void keepsAConstantCurveAndShortCurvesAsTheyAre() {
        double[] flat = new double[40];
        Arrays.fill(flat, 2.302585);
        assertArrayEquals(flat, Smoothing.smooth(flat), 1e-12);
        double[] shortCurve = {3, 1, 2};
        assertArrayEquals(shortCurve, Smoothing.smooth(shortCurve));
    }
}
