package org.gradientlab.ui.kit.plot;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableBooleanValue;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;

/**
 * The hover read-out of a {@link CurvePlot}: at a pointer position over the plot area, each
 * named visible curve's exact point nearest in x ("Adam · iteration 1,200: 0.1234"), one part a
 * curve so the read-out can break between them. On a log axis a value is written in the axis's
 * form ({@link LogTicks#value}): 5 × 10⁻² on an axis over four decades, 0.05 on a short one.
 * {@link CurvePointer} tracks the pointer and paints the parts; this finds and words them.
 */
final class CurveReadout {
    static final String GAP = "   ";

    private final CurveSet set;
    private final CurveLayout layout;
    private final ObservableBooleanValue logY;
    private final I18n i18n;

    CurveReadout(CurveSet set, CurveLayout layout, ObservableBooleanValue logY, I18n i18n) {
        this.set = set;
        this.layout = layout;
        this.logY = logY;
        this.i18n = i18n;
    }

    /** The read-out at {@code displayX} pixels right of the plot area's left edge, its parts joined. */
    String text(double displayX) {
        return String.join(GAP, parts(displayX));
    }

    /** The parts of {@link #text}, one a curve; none while there is no plot area. */
    List<String> parts(double displayX) {
        PlotTransform t = layout.transform;
        return t == null ? List.of() : partsAtData(t.dataX(t.left() + displayX));
    }

    private List<String> partsAtData(double x) {
        String xName = CurveTexts.text(layout.xName);
        LogTicks log = logY.get() ? layout.logTicks() : null;
        List<String> parts = new ArrayList<>();
        for (CurveSet.Curve curve : set.curves) {
            CurveSet.Group group = set.groups.get(curve.group);
            if (curve.data == null || !group.visible || group.name == null) {
                continue;
            }
            int nearest = curve.data.nearest(x);
            if (nearest >= 0) {
                double y = curve.data.y(nearest);
                parts.add(i18n.text("training.chart.readout", group.name.get(), xName,
                        Num.format(curve.data.x(nearest)), log == null ? Num.format(y) : log.value(y)));
            }
        }
        return parts;
    }
}
