package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.text.Num;

@ExtendWith(ApplicationExtension.class)
class LiveCurveChartTest {
    private static final int POINTS = 8000;
    private LiveCurveChart chart;
    private int sgdRaw;
    private int sgdSmooth;
    private int adamRaw;

    @Start
    void start(Stage stage) {
        chart = new LiveCurveChart(new I18n(Language.ENGLISH), "training.axis.iteration", "training.axis.loss");
        int sgd = chart.addGroup(Bindings.createStringBinding(() -> "sgd"));
        int adam = chart.addGroup(Bindings.createStringBinding(() -> "adam"));
        sgdRaw = chart.addCurve(sgd, LiveCurveChart.Stroke.FAINT);
        sgdSmooth = chart.addSmoothed(sgd, sgdRaw);
        adamRaw = chart.addCurve(adam, LiveCurveChart.Stroke.FAINT);
        chart.setXLength(POINTS);
        Scene scene = UiTestKit.show(stage, new javafx.scene.layout.StackPane(chart.view()), 700, 420);
        scene.getStylesheets().add(LiveCurveChart.class.getResource("/css/training-lab.css").toExternalForm());
    }

    private void fill() {
        OnFx.call(() -> {
            for (int i = 1; i <= POINTS; i++) {
                chart.append(sgdRaw, i, 2.3 * Math.exp(-i / 3000.0) + 0.01);
                chart.append(adamRaw, i, 2.3 * Math.exp(-i / 500.0) + 0.001);
            }
            chart.refresh();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keepsEveryPointForExportButDrawsAtMostTwoPerColumn() {
        fill();
        int buckets = OnFx.call(chart::buckets);
        double plotWidth = OnFx.call(chart::plotWidth);
        assertTrue(plotWidth > 400, "laid out: " + plotWidth);
        assertTrue(buckets <= plotWidth / 2 + 1 && buckets < POINTS / 2, "one bucket per two columns: " + buckets);
        assertEquals(POINTS, chart.data(sgdRaw).size());
        assertEquals(POINTS, chart.data(adamRaw).size());
        for (int curve : new int[] {sgdRaw, sgdSmooth, adamRaw}) {
            int drawn = OnFx.call(() -> chart.drawnPoints(curve));
            assertTrue(drawn > buckets / 2 && drawn <= 2 * buckets && drawn <= plotWidth + 2,
                    "curve " + curve + " draws " + drawn + " points on " + plotWidth + " px");
        }
    }

    @Test
    void clickingALegendEntryHidesItsSeriesAndAgainShowsIt(FxRobot robot) {
        fill();
        robot.clickOn("#legend-0");
        assertFalse(chart.isGroupVisible(0));
        assertFalse(robot.lookup(".chart-series-line.curve-group-0").queryAll().stream().anyMatch(n -> n.isVisible()));
        assertTrue(robot.lookup(".chart-series-line.curve-group-1").query().isVisible());
        robot.clickOn("#legend-0");
        assertTrue(chart.isGroupVisible(0));
        assertTrue(robot.lookup(".chart-series-line.curve-group-0").queryAll().stream().allMatch(n -> n.isVisible()));
    }

    @Test
    void logScalePlotsPowersOfTenWithTenToTheKLabels(FxRobot robot) {
        fill();
        double lastLinear = OnFx.call(() -> chart.drawnY(adamRaw).get(chart.drawnY(adamRaw).size() - 1));
        OnFx.call(() -> {
            chart.logYProperty().set(true);
            chart.refresh();
            return null;
        });
        double lastLog = OnFx.call(() -> chart.drawnY(adamRaw).get(chart.drawnY(adamRaw).size() - 1));
        assertEquals(Math.log10(lastLinear), lastLog, 1e-12);
        assertTrue(OnFx.call(chart::yLower) <= Math.log10(0.001) && OnFx.call(chart::yUpper) >= Math.log10(2.3));
        NumberAxis y = robot.lookup(".axis").queryAll().stream().filter(n -> n instanceof NumberAxis a
                && a.getSide().isVertical()).map(NumberAxis.class::cast).findFirst().orElseThrow();
        assertEquals("10⁻²", y.getTickLabelFormatter().toString(-2.0));
        assertEquals("10⁰", y.getTickLabelFormatter().toString(0.0));
    }

    @Test
    void hoverReadsOutTheExactNearestValue() {
        fill();
        String text = OnFx.call(() -> chart.readoutAt(0.5 * 1e9));
        // Counts are grouped as everywhere else in the UI: iteration 8,000.
        assertTrue(text.contains("sgd · iteration " + Num.integer(POINTS) + ": "), text);
        String expected = Num.format(2.3 * Math.exp(-POINTS / 3000.0) + 0.01);
        assertTrue(text.contains(expected), text + " should contain " + expected);
    }

    @Test
    void divergedGroupIsMarkedInTheLegend(FxRobot robot) {
        fill();
        OnFx.call(() -> {
            chart.markDiverged(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.isDiverged(1));
        assertTrue(robot.lookup("#legend-1").queryLabeled().getText().contains("diverged"));
        assertEquals(1, robot.lookup(".curve-diverged-mark").queryAll().size());
    }
}
