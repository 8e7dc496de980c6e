package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.kit.plot.RecordingPainter.Call;
import org.gradientlab.ui.widgets.SeriesBuffer;

/**
 * The scatter of the hyperparameter search, read as a user reads it: each point is a dot where
 * its numbers say on the axes, the axes write powers of ten, and pointing at a dot reads it out.
 */
@ExtendWith(ApplicationExtension.class)
class ScatterPlotTest {
    private ScatterPlot plot;
    private int rest;
    private int top;

    @Start
    void start(Stage stage) {
        plot = new ScatterPlot();
        plot.setAxisNames(CurveTexts.constant("learning rate"), CurveTexts.constant("weight decay"));
        plot.setView(new ViewRect(-6, -2, -8, -4), 1, 1);
        plot.setTickLabels(LogTicks.forAxis(-6, -2).ticks(), LogTicks.forAxis(-8, -4).ticks());
        rest = plot.addGroup(CurveTexts.constant("other trials"), 1);
        top = plot.addGroup(CurveTexts.constant("best 2"), 0);
        plot.setReadout((group, index) -> (group == top ? "best " : "other ") + index);
        SeriesBuffer others = new SeriesBuffer();
        others.add(-5, -7);
        others.add(-3, -5);
        others.add(-2.5, -4.5);
        SeriesBuffer best = new SeriesBuffer();
        best.add(-4, -6);
        best.add(-6, -8);
        plot.setPoints(rest, others);
        plot.setPoints(top, best);
        UiTestKit.show(stage, new StackPane(plot), 600, 420);
    }

    private RecordingPainter painted() {
        RecordingPainter painter = new RecordingPainter();
        OnFx.call(() -> {
            plot.paintFigure(painter);
            return null;
        });
        return painter;
    }

    @Test
    void everyPointIsADotInItsGroupsColourWhereItsNumbersSitOnTheAxes() {
        RecordingPainter painter = painted();
        // The frame is the plot area: its corners are (−6, −4) top left and (−2, −8) bottom right.
        Call frame = painter.calls("strokeRect").get(0);
        double left = frame.x();
        double top = frame.y();
        double width = frame.w();
        double height = frame.h();
        double[][] expected = {{-5, -7}, {-3, -5}, {-2.5, -4.5}, {-4, -6}, {-6, -8}};
        List<Call> dots = painter.calls(c -> c.op().equals("fillOval") && c.w() == 2 * ScatterPlot.RADIUS
                && (c.fill().equals(plot.seriesColour(0)) || c.fill().equals(plot.seriesColour(1)))
                && c.y() + ScatterPlot.RADIUS <= top + height + 1);
        assertEquals(expected.length, dots.size(), "one dot a point (the legend's swatches sit below the frame)");
        for (int i = 0; i < expected.length; i++) {
            Call dot = dots.get(i);
            double cx = dot.x() + ScatterPlot.RADIUS;
            double cy = dot.y() + ScatterPlot.RADIUS;
            // Hand-computed: x = −5 is a quarter of the way from −6 to −2, y = −7 a quarter up from −8.
            assertEquals(left + (expected[i][0] + 6) / 4 * width, cx, 1.0, "x of point " + i);
            assertEquals(top + (-4 - expected[i][1]) / 4 * height, cy, 1.0, "y of point " + i);
            assertEquals(plot.seriesColour(i < 3 ? 1 : 0), dot.fill(), "colour of point " + i);
        }
        List<String> texts = painter.calls("fillText").stream().map(Call::text).toList();
        for (String label : List.of("10⁻⁶", "10⁻²", "10⁻⁸", "10⁻⁴", "learning rate", "weight decay", "other trials",
                "best 2")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
    }

    @Test
    void pointingAtADotReadsItOutAndLeavingItClearsTheReadOut(FxRobot robot) {
        Point2D best0 = OnFx.call(() -> plot.localToScreen(plot.pixelOf(top, 0)));
        assertNotNull(best0);
        robot.moveTo(best0.add(3, -2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("best 0", OnFx.call(plot::readoutText));
        assertTrue(painted().calls("fillText").stream().anyMatch(c -> "best 0".equals(c.text())),
                "the read-out is painted");

        Point2D other1 = OnFx.call(() -> plot.localToScreen(plot.pixelOf(rest, 1)));
        robot.moveTo(other1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("other 1", OnFx.call(plot::readoutText));

        // Halfway between two dots far apart: no dot within reach.
        Point2D between = OnFx.call(() -> plot.localToScreen(plot.pixelOf(top, 0).midpoint(plot.pixelOf(rest, 1))));
        robot.moveTo(between);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", OnFx.call(plot::readoutText));
    }

    @Test
    void clickingALegendEntryHidesItsDotsAndTheirReadOut(FxRobot robot) {
        Point2D entry = OnFx.call(() -> plot.localToScreen(plot.legendEntryCentre(top)));
        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, OnFx.call(() -> plot.isGroupVisible(top)));
        long bestDots = painted().calls(c -> c.op().equals("fillOval") && c.w() == 2 * ScatterPlot.RADIUS
                && c.fill().equals(plot.seriesColour(0))).size();
        assertEquals(0, bestDots, "hidden: only the legend's dimmed swatch, no dot in full colour");
        robot.moveTo(OnFx.call(() -> plot.localToScreen(plot.pixelOf(top, 0))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", OnFx.call(plot::readoutText));
    }
}
