package org.gradientlab.ui.kit.plot;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * What the pointer and the keyboard do on a {@link CurvePlot}: hovering reads out each visible
 * curve's nearest exact point under the legend; clicking a legend entry, or ← → and Space on the
 * focused legend, hides its group. Paints the plot's hover layer (read-out and keyboard ring);
 * what the read-out says comes from {@link CurveReadout}.
 */
final class CurvePointer {
    private final CurvePlot plot;
    private final CurveLegend legend;
    private final CurveLayout layout;
    private final CurveReadout readout;
    private final int layer;
    private double hoverX = Double.NaN;

    CurvePointer(CurvePlot plot, CurveLegend legend, CurveLayout layout, CurveReadout readout, int layer) {
        this.plot = plot;
        this.legend = legend;
        this.layout = layout;
        this.readout = readout;
        this.layer = layer;
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX()));
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN));
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> legend.click(e.getX(), e.getY(), this::toggle));
        plot.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (legend.key(e.getCode(), this::toggle)) {
                plot.invalidate(layer);
                e.consume();
            }
        });
        plot.focusVisibleProperty().addListener((o, was, is) -> plot.invalidate(layer));
    }

    boolean hovering() {
        return !Double.isNaN(hoverX);
    }

    void clear() {
        hoverX = Double.NaN;
    }

    /** The hover layer: the ring on the legend entry the keyboard chose, and the read-out line. */
    void paint(Painter p, double width, double height) {
        if (plot.isFocusVisible()) {
            legend.paintFocus(p, plot.textColour());
        }
        if (hovering()) {
            layout.paintReadout(p, readout.parts(hoverX), width, height);
        }
    }

    /** The centre of {@code group}'s legend entry in the plot, or null when it has none on show. */
    Point2D legendEntryCentre(int group) {
        for (CurveLegend.Entry entry : legend.entries()) {
            if (entry.group() == group) {
                Rectangle2D box = entry.box();
                return new Point2D(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2);
            }
        }
        return null;
    }

    private void hover(double sceneX) {
        PlotTransform t = layout.transform;
        hoverX = t == null || Double.isNaN(sceneX) || plot.legendPlace() != CurvePlot.Legend.BELOW
                ? Double.NaN : sceneX - t.left();
        plot.invalidate(layer);
    }

    private void toggle(int group) {
        plot.setGroupVisible(group, !plot.isGroupVisible(group));
    }
}
