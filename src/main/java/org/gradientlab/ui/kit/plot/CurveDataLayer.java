package org.gradientlab.ui.kit.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.gradientlab.ui.kit.text.Num;

/**
 * The data layer of a {@link CurvePlot}: the shaded band between two curves, the curves of the
 * visible groups, and the marks over them (a ✕ where a diverged run ends; on a clipped plot the
 * points above the top and the NaN/∞ ones, with the peak written by {@link #peakLabel}). Also
 * what tests read of the curves on show.
 */
final class CurveDataLayer {
    private final CurveSet set;
    private int shadeUpper = -1;
    private int shadeLower = -1;
    private DoubleFunction<String> peakLabel = Num::format;
    private int crosses;

    CurveDataLayer(CurveSet set) {
        this.set = set;
    }

    void shadeBetween(int upperCurve, int lowerCurve) {
        shadeUpper = upperCurve;
        shadeLower = lowerCurve;
    }

    void setPeakLabel(DoubleFunction<String> label) {
        peakLabel = label;
    }

    /** The ✕ marks painted last time. */
    int crosses() {
        return crosses;
    }

    void resetCrosses() {
        crosses = 0;
    }

    /** Whether {@code curve} is painted: its group is shown and it has points on show. */
    boolean shown(int curve) {
        CurveSet.Curve c = set.curves.get(curve);
        return set.groups.get(c.group).visible && c.shown > 0;
    }

    /** The plotted y values of {@code curve}. */
    List<Double> drawnY(int curve) {
        CurveSet.Curve c = set.curves.get(curve);
        List<Double> out = new ArrayList<>(c.shown);
        for (int i = 0; i < c.shown; i++) {
            out.add(c.ys[i]);
        }
        return out;
    }

    void paint(Painter p, PlotTransform t, boolean clamp, IntFunction<Color> groupColour, Color alarm, Color band,
               Font font) {
        if (shadeUpper >= 0 && shown(shadeUpper) && shown(shadeLower)) {
            CurveLines.shade(p, t, set.curves.get(shadeUpper), set.curves.get(shadeLower), band);
        }
        for (CurveSet.Curve curve : set.curves) {
            if (set.groups.get(curve.group).visible) {
                CurveLines.paint(p, t, curve, groupColour.apply(curve.group), clamp);
            }
        }
        int drawn = 0;
        for (CurveSet.Curve curve : set.curves) {
            CurveSet.Group group = set.groups.get(curve.group);
            if (clamp && curve.data != null && group.visible) {
                drawn += CurveLines.clipMarks(p, t, curve.data, alarm, font, peakLabel);
            } else if (group.diverged && group.visible && curve.data != null && curve.shown > 0) {
                CurveLines.crossAtEnd(p, t, curve, groupColour.apply(curve.group));
                drawn++;
            }
        }
        crosses = drawn;
    }
}
