package org.gradientlab.ui.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.experiment.probe.HistogramBars;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.kit.plot.RecordingPainter;
import org.gradientlab.ui.kit.plot.RecordingPainter.Call;

/**
 * A histogram draws its bars, its zero bar and its bands through the Painter, at heights a
 * reader can work out: at 150 × 110 with the 12-pixel plot font, the axis labels take 9 + 5
 * pixels and the top 4, so the bars stand in a plot 92 pixels high.
 */
@ExtendWith(ApplicationExtension.class)
class HistogramCanvasTest {
    private static final double PLOT_HEIGHT = 110 - 4 - (9 + 5);
    private static final double BASE = 4 + PLOT_HEIGHT;

    private final HistogramCanvas histogram = new HistogramCanvas();

    @Start
    void start(Stage stage) {
        // A Pane sizes the histogram to its preferred 150 × 110.
        UiTestKit.show(stage, new Pane(histogram), 300, 200);
    }

    private RecordingPainter paint(HistogramBars bars, double bandLow, double bandHigh, long scaleMax, boolean zeros) {
        RecordingPainter painter = new RecordingPainter();
        OnFx.call(() -> {
            histogram.show(bars, 0, 1, bandLow, bandHigh, scaleMax, zeros);
            histogram.paintFigure(painter);
            return null;
        });
        return painter;
    }

    private List<Call> filled(RecordingPainter painter, Color colour) {
        return painter.calls(c -> c.op().equals("fillRect") && c.fill().equals(colour));
    }

    @Test
    void barsStandAsHighAsTheirCountsOnTheScale() {
        assertEquals(150, OnFx.call(histogram::getWidth));
        assertEquals(12, OnFx.call(() -> histogram.plotFont().getSize()));
        HistogramBars bars = new HistogramBars(List.of(10L, 40L, 20L, 0L, 30L), 0, 0, 0, 100);
        RecordingPainter painter = paint(bars, Double.NaN, Double.NaN, 40, false);

        List<Call> drawn = filled(painter, OnFx.call(histogram::barColour));
        assertEquals(5, drawn.size(), "one bar a bin");
        // Bins 1 to 149 in five: 29.6 pixels each, a quarter pixel of gap either side.
        double[] heights = {23, 92, 46, 0, 69};
        for (int i = 0; i < 5; i++) {
            Call bar = drawn.get(i);
            assertEquals(1 + 29.6 * i + 0.25, bar.x(), 1e-9, "bar " + i);
            assertEquals(29.1, bar.w(), 1e-9);
            assertEquals(heights[i], bar.h(), 1e-9, "bar " + i + " is count / 40 of the plot");
            assertEquals(BASE, bar.y() + bar.h(), 1e-9, "bar " + i + " stands on the axis");
        }
        assertTrue(painter.calls("fillText").stream().anyMatch(c -> c.text().equals("1")), "the range's end labelled");
    }

    @Test
    void theZerosGetABarOfTheirOwnBrokenWhenTallerThanThePlotAndSaturationIsBanded() {
        HistogramBars bars = new HistogramBars(List.of(10L, 40L), 60, 0, 5, 115);
        RecordingPainter painter = paint(bars, 0.25, Double.NaN, 40, true);

        Color line = OnFx.call(histogram::lineColour);
        List<Call> zero = filled(painter, line);
        assertEquals(1, zero.size());
        // 60 zeros on a scale of 40 would be 138 pixels: clipped at the plot's 92.
        assertEquals(PLOT_HEIGHT, zero.get(0).h(), 1e-9);
        assertEquals(18, zero.get(0).w(), 1e-9, "the slot: 12 % of 150, at most 18");
        Color text = OnFx.call(histogram::textColour);
        assertEquals(2, painter.calls(c -> c.op().equals("strokeLine") && c.stroke().equals(text)
                && c.y() < 4 + 12).size(), "two strokes break the clipped zero bar");

        List<Call> band = filled(painter, OnFx.call(histogram::bandColour));
        assertEquals(1, band.size(), "saturation below 0.25 only");
        // The bins start right of the slot and a gap, at 22, and end at 149.
        assertEquals(22, band.get(0).x(), 1e-9);
        assertEquals(0.25 * (149 - 22), band.get(0).w(), 1e-9);
        assertEquals(PLOT_HEIGHT, band.get(0).h(), 1e-9);
        assertTrue(painter.calls("fillText").stream().anyMatch(c -> c.text().equals("=0")));
        assertTrue(painter.calls("fillText").stream().anyMatch(c -> c.text().endsWith("→")),
                "the 5 values beyond the range are marked");
    }
}
