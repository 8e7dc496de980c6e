package org.gradientlab.ui.kit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.binding.Bindings;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
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
class CurvePlotTest {
    private static final int POINTS = 8000;
    private CurvePlot chart;
    private int sgdRaw;
    private int sgdSmooth;
    private int adamRaw;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Language.ENGLISH);
        chart = new CurvePlot(i18n);
        chart.setAxisNames(i18n.label("training.axis.iteration"), i18n.label("training.axis.loss"));
        int sgd = chart.addGroup(Bindings.createStringBinding(() -> "sgd"));
        int adam = chart.addGroup(Bindings.createStringBinding(() -> "adam"));
        sgdRaw = chart.addCurve(sgd, CurveStroke.FAINT);
        sgdSmooth = chart.addSmoothed(sgd, sgdRaw);
        adamRaw = chart.addCurve(adam, CurveStroke.FAINT);
        chart.setXLength(POINTS);
        UiTestKit.show(stage, new javafx.scene.layout.StackPane(chart), 700, 420);
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

    private void click(FxRobot robot, int group) {
        Point2D centre = OnFx.call(() -> chart.localToScreen(chart.legendEntryCentre(group)));
        robot.clickOn(centre);
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
        click(robot, 0);
        assertFalse(chart.isGroupVisible(0));
        assertFalse(OnFx.call(() -> chart.curveShown(sgdRaw) || chart.curveShown(sgdSmooth)));
        assertTrue(OnFx.call(() -> chart.curveShown(adamRaw)));
        click(robot, 0);
        assertTrue(chart.isGroupVisible(0));
        assertTrue(OnFx.call(() -> chart.curveShown(sgdRaw) && chart.curveShown(sgdSmooth)));
    }

    @Test
    void theKeyboardReachesTheLegendAndSpaceHidesTheChosenGroup(FxRobot robot) {
        fill();
        OnFx.call(() -> {
            chart.requestFocus();
            return null;
        });
        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.isGroupVisible(0));
        assertFalse(chart.isGroupVisible(1), "the second entry, chosen with →, is hidden");
    }

    @Test
    void logScalePlotsPowersOfTenWithTenToTheKLabels() {
        fill();
        double lastLinear = OnFx.call(() -> chart.drawnY(adamRaw).get(chart.drawnY(adamRaw).size() - 1));
        OnFx.call(() -> {
            chart.logYProperty().set(true);
            chart.refresh();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double lastLog = OnFx.call(() -> chart.drawnY(adamRaw).get(chart.drawnY(adamRaw).size() - 1));
        assertEquals(Math.log10(lastLinear), lastLog, 1e-12);
        assertTrue(OnFx.call(chart::yLower) <= Math.log10(0.001) && OnFx.call(chart::yUpper) >= Math.log10(2.3));
        assertEquals("10⁻²", OnFx.call(() -> chart.yTickLabel(-2.0)));
        assertEquals("10⁰", OnFx.call(() -> chart.yTickLabel(0.0)));
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
    void divergedGroupIsMarkedInTheLegend() {
        fill();
        OnFx.call(() -> {
            chart.markDiverged(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.isDiverged(1));
        assertTrue(OnFx.call(() -> chart.legendText(1)).contains("diverged"));
        assertEquals(1, OnFx.call(chart::crossesPainted));
    }
}
