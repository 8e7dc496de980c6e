package org.gradientlab.ui.concepts.schedules;

import java.util.List;

import javafx.beans.value.ObservableStringValue;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;
import org.gradientlab.ui.kit.text.Num;

/**
 * The page's curve plot, fed whole curves: the kit's {@link CurvePlot} with a title, the legend
 * right of the plot and the lecture sketch's axes. A loss that explodes leaves the frame at the
 * top; a curve that ended with a NaN or infinite loss gets a ✕ and "diverged" in the legend.
 */
final class CurveFigure extends CurvePlot {
    /**
     * One curve: point i at (x[i], y[i]); its legend label is the i18n text of {@code labelKey}
     * with {@code labelValue} as {0}; {@code colour} is its series colour index;
     * {@code finalLoss}, when not NaN, is added to the legend (the run's last 100 losses' mean).
     */
    record Curve(String labelKey, double labelValue, int colour, double[] x, double[] y, boolean diverged,
                 double finalLoss) {}

    private final I18n i18n;
    private List<Curve> curves = List.of();

    /** @param yMax the top of the y axis, or NaN to fit the data */
    CurveFigure(I18n i18n, String titleKey, String xKey, String yKey, double yMax) {
        super(i18n);
        this.i18n = i18n;
        getStyleClass().add("schedule-figure");
        // Sizes in em (concepts-schedules.css): they grow with the text, as the axes and legend do.
        setTitle(i18n.label(titleKey));
        setAxisNames(i18n.label(xKey), i18n.label(yKey));
        setLegend(Legend.RIGHT);
        setDivergedKey("concepts.schedules.legend.diverged");
        if (Double.isNaN(yMax)) {
            setFitY(0, 1.05, 1);
        } else {
            setFixedY(0, yMax, Double.NaN);
        }
    }

    /** A line shown in the middle of the plot while no curve has a point ("press Train"). */
    void setEmptyText(String key) {
        setEmptyText(i18n.label(key));
    }

    void show(List<Curve> value, double xLength) {
        curves = List.copyOf(value);
        clear();
        setXLength(xLength);
        for (Curve curve : curves) {
            ObservableStringValue name = i18n.label(curve.labelKey(), curve.labelValue());
            if (!curve.diverged() && !Double.isNaN(curve.finalLoss())) {
                name = i18n.label("concepts.schedules.legend.final", name, Num.fixed(curve.finalLoss(), 3));
            }
            int group = addGroup(name, curve.colour());
            setPoints(addCurve(group, CurveStroke.PLAIN), curve.x(), curve.y());
            if (curve.diverged()) {
                markDiverged(group);
            }
        }
    }

    List<Curve> curves() {
        return curves;
    }

    /**
     * Fits the y axis to the points past {@code fraction} of the x axis, so the first drop of a
     * loss leaves the frame and the differences late in training fill it.
     */
    void zoomToTail(double fraction) {
        setFitY(fraction, 1.05, 1);
    }

    /** The y range on show: [0, the fixed top or the highest point (of the tail) × 1.05]. */
    double[] yRange() {
        refresh();
        return new double[] {yLower(), yUpper()};
    }
}
