package org.gradientlab.ui.widgets;

/**
 * The book's {@code smooth_curve} (common/util.py), used for the bold loss line: the series is
 * mirrored by 10 points at each end and convolved with a normalised Kaiser window of length 11,
 * β = 2 (numpy.kaiser). Display only: the raw values are what is exported.
 */
public final class Smoothing {
    static final int WINDOW = 11;
    static final double BETA = 2;
    private static final double[] WEIGHTS = kaiser(WINDOW, BETA);

    private Smoothing() {}

    /**
     * The smoothed series, as long as {@code y}. Shorter series than the window are returned as
     * they are (numpy would fail on them).
     */
    public static double[] smooth(double[] y) {
        int n = y.length;
        if (n < WINDOW) {
            return y.clone();
        }
        int half = WINDOW / 2;
        double[] out = new double[n];
        // s = r_[x[w-1:0:-1], x, x[-1:-w:-1]]; y = convolve(w, s, 'valid')[5:-5] reads x[i-5 .. i+5]
        // for output i, mirrored at the start without x[0] repeated and at the end with x[n-1] repeated.
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < WINDOW; k++) {
                sum += WEIGHTS[k] * y[reflect(i - half + k, n)];
            }
            out[i] = sum;
        }
        return out;
    }

    private static int reflect(int index, int n) {
        if (index < 0) {
            return -index;
        }
        if (index >= n) {
            return 2 * n - 1 - index;
        }
        return index;
    }

    /** numpy.kaiser(m, beta) / sum: w[n] = I0(β·√(1 − (2n/(m−1) − 1)²)) / I0(β). */
    static double[] kaiser(int m, double beta) {
        double[] w = new double[m];
        double sum = 0;
        for (int n = 0; n < m; n++) {
            double r = 2.0 * n / (m - 1) - 1;
            w[n] = besselI0(beta * Math.sqrt(1 - r * r)) / besselI0(beta);
            sum += w[n];
        }
        for (int n = 0; n < m; n++) {
            w[n] /= sum;
        }
        return w;
    }

    /** Modified Bessel function of the first kind, order 0: Σ ((x/2)^k / k!)². */
    static double besselI0(double x) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 50 && term > 1e-17 * sum; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }
}
