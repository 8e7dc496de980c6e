package org.gradientlab.ui.concepts.babysitting;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;

/**
 * A step's mini-batch loss against the update, small beside its numbers: the kit's
 * {@link CurvePlot} with its y axis clipped at {@value #CLIP} × the first loss, so an exploding
 * run still shows its start: updates above are marked at the top edge, a NaN/∞ update with a ✕.
 */
final class LossSpark extends CurvePlot {
    static final double CLIP = 4;
    // Before any data: room for a start at ln 10 ≈ 2.3.
    private static final double EMPTY_TOP = 2.5;

    private final int curve;
    private double[] losses = new double[0];

    /** @param iterations the step's planned updates: the x axis, fixed so the curve grows into it */
    LossSpark(int iterations, I18n i18n) {
        super(i18n);
        getStyleClass().add("babysit-spark");
        setPrefSize(250, 120);
        setMinSize(250, 120);
        setMaxSize(250, 120);
        setLegend(Legend.NONE);
        setXRange(0, Math.max(1, iterations));
        setFitY(0, 1.08, EMPTY_TOP);
        // The clipped peak in numbers, as the step's observed line gives it.
        setClipAbove(CLIP, StepCard::loss);
        curve = addCurve(addGroup(null, 1), CurveStroke.PLAIN);
    }

    void show(double[] values) {
        losses = values.clone();
        double[] updates = new double[losses.length];
        for (int i = 0; i < updates.length; i++) {
            updates[i] = i + 1;
        }
        setPoints(curve, updates, losses);
    }

    /** Losses drawn (finite and under the clip), for tests reading the figure's state. */
    int shownPoints() {
        refresh();
        int count = 0;
        for (double loss : losses) {
            count += Double.isFinite(loss) && loss <= yUpper() ? 1 : 0;
        }
        return count;
    }
}
