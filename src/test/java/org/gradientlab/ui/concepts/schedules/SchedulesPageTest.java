package org.gradientlab.ui.concepts.schedules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Fonts;

/** The page as a learner uses it: type in the editors, press Train, read the figures. */
@ExtendWith(ApplicationExtension.class)
class SchedulesPageTest {
    /** Set to a folder to keep a picture of the page after a run (for a human to look at). */
    private static final String SHOT = System.getProperty("schedules.shot");

    private I18n i18n;
    private SchedulesPage page;

    @Start
    void start(Stage stage) {
        Fonts.load();
        i18n = new I18n(Language.ENGLISH);
        page = new SchedulesPage(i18n);
        UiTestKit.show(stage, page);
    }

    private void edit(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private double[] rateCurve(int schedule) {
        return OnFx.call(() -> page.rateFigure().curves().get(schedule).y());
    }

    @Test
    void editingAFieldRedrawsTheRateCurves(FxRobot robot) {
        assertEquals(4, OnFx.call(() -> page.rateFigure().curves().size()));
        assertEquals(2000, rateCurve(1).length);
        edit(robot, "#schedules-lr0", "0.5");
        edit(robot, "#schedules-step-every", "2");
        edit(robot, "#schedules-step-gamma", "0.1");
        // step decay 0.5·0.1^⌊t/2⌋
        assertArrayEquals(new double[] {0.5, 0.5, 0.05, 0.05}, java.util.Arrays.copyOf(rateCurve(1), 4), 1e-15);
        assertEquals(0.5, rateCurve(0)[1999]);
    }

    @Test
    void badInputShowsAMessageAndKeepsTheOldCurve(FxRobot robot) {
        double[] before = rateCurve(2);
        edit(robot, "#schedules-exp-k", "-1");
        Label error = robot.lookup("#schedules-exp-k-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Enter a number of 0 or more.", error.getText());
        assertArrayEquals(before, rateCurve(2));
        assertTrue(robot.lookup("#schedules-train").queryAs(Button.class).isDisabled());

        edit(robot, "#schedules-iterations", "ten");
        assertEquals("Enter a whole number from 10 to 20,000.",
                robot.lookup("#schedules-iterations-error").queryAs(Label.class).getText());
        edit(robot, "#schedules-exp-k", "0.01");
        edit(robot, "#schedules-iterations", "300");
        assertFalse(robot.lookup("#schedules-exp-k-error").queryAs(Label.class).isVisible());
        assertEquals(300, rateCurve(2).length);
        assertEquals(Math.exp(-0.01 * 299), rateCurve(2)[299], 1e-12);
    }

    @Test
    void theLargestAcceptedRateStillDrawsTheRateFigure(FxRobot robot) {
        // 1.75e308 is a finite α0 > 0, so the field takes it; ×1.05 headroom on the axis overflowed to ∞.
        edit(robot, "#schedules-lr0", "1.75e308");
        assertFalse(robot.lookup("#schedules-lr0-error").queryAs(Label.class).isVisible());
        assertEquals(1.75e308, rateCurve(0)[0]);
        double[] range = OnFx.call(() -> page.rateFigure().yRange());
        assertTrue(Double.isFinite(range[1]) && range[1] >= 1.75e308, java.util.Arrays.toString(range));
        OnFx.call(() -> ImageExport.snapshot(page.rateFigure(), 1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFinishedRunFillsItsProgressBarThoughItsSeriesDiverged(FxRobot robot) throws Exception {
        edit(robot, "#schedules-lr0", "1e30");
        edit(robot, "#schedules-iterations", "50");
        robot.clickOn("#schedules-train");
        UiTestKit.waitUntil(60, () -> page.scheduleRun().stateProperty().get() == LossRun.State.DONE);
        assertTrue(OnFx.call(() -> page.scheduleRun().diverged(0)), "α0 1e30 diverges");
        assertEquals("Done.", robot.lookup("#schedules-status").queryAs(Label.class).getText());
        assertEquals(1.0, robot.lookup("#schedules-status-bar").queryAs(javafx.scene.control.ProgressBar.class)
                .getProgress());
    }

    @Test
    void trainGrowsFourLossCurvesThatStayAfterStop(FxRobot robot) throws Exception {
        edit(robot, "#schedules-iterations", "200");
        assertFalse(robot.lookup("#schedules-stale").queryAs(Label.class).isVisible());
        assertTrue(OnFx.call(() -> page.lossFigure().curves().stream().allMatch(c -> c.y().length == 0)));
        robot.clickOn("#schedules-train");
        UiTestKit.waitUntil(60, () -> page.lossFigure().curves().get(3).y().length > 20);
        UiTestKit.waitUntil(60, () -> page.scheduleRun().stateProperty().get() == LossRun.State.DONE);
        List<CurveFigure.Curve> curves = OnFx.call(() -> page.lossFigure().curves());
        for (CurveFigure.Curve curve : curves) {
            assertEquals(200, curve.y().length);
            assertTrue(curve.y()[199] < curve.y()[0], "the loss fell: " + curve.labelKey());
        }
        assertEquals("Done.", robot.lookup("#schedules-status").queryAs(Label.class).getText());
        assertEquals("Train", robot.lookup("#schedules-train").queryAs(Button.class).getText());
        // Switching languages or editing a field keeps the results.
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        edit(robot, "#schedules-lr0", "0.3");
        assertEquals(curves.get(0).y().length, OnFx.call(() -> page.lossFigure().curves().get(0).y().length));
        assertEquals("완료.", robot.lookup("#schedules-status").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#schedules-stale").queryAs(Label.class).isVisible());
        assertEquals("학습", robot.lookup("#schedules-train").queryAs(Button.class).getText());
        if (SHOT != null) {
            OnFx.call(() -> {
                ImageExport.writePng(ImageExport.snapshot(page.view(), 1), Path.of(SHOT, "schedules-trained-ko.png"));
                return null;
            });
        }
    }

    @Test
    void spaceStartsAndStopsTrainingAndResetClears(FxRobot robot) throws Exception {
        OnFx.call(() -> {
            page.playPause();
            return null;
        });
        assertTrue(OnFx.call(() -> page.scheduleRun().isBusy()));
        assertEquals("Stop", robot.lookup("#schedules-train").queryAs(Button.class).getText());
        OnFx.call(() -> {
            page.playPause();
            return null;
        });
        assertEquals(LossRun.State.CANCELLED, OnFx.call(() -> page.scheduleRun().stateProperty().get()));
        edit(robot, "#schedules-lr0", "0.2");
        OnFx.call(() -> {
            page.reset();
            return null;
        });
        assertEquals("1", robot.lookup("#schedules-lr0").queryAs(TextField.class).getText());
        assertTrue(OnFx.call(() -> page.lossFigure().curves().stream().allMatch(c -> c.y().length == 0)));
        assertEquals("Not trained yet.", robot.lookup("#schedules-status").queryAs(Label.class).getText());
    }

    @Test
    void sketchRunDrawsFourLabelledCurvesAndStops(FxRobot robot) throws Exception {
        robot.clickOn("#schedules-sketch-run");
        Button run = robot.lookup("#schedules-sketch-run").queryAs(Button.class);
        // Stop in the FX event that sees the curves grow: with a warm JIT the 4 × 300 updates end about
        // 0.6 s later, and on a faster machine a robot click can come after the end and start a new run.
        java.util.concurrent.atomic.AtomicReference<String> label = new java.util.concurrent.atomic.AtomicReference<>();
        UiTestKit.waitUntil(60, () -> {
            if (page.sketchFigure().curves().get(3).y().length <= 10) {
                return false;
            }
            label.set(run.getText());
            run.fire();
            return true;
        });
        assertEquals("Stop", label.get());
        assertEquals(LossRun.State.CANCELLED, OnFx.call(() -> page.sketchRun().stateProperty().get()));
        List<CurveFigure.Curve> curves = OnFx.call(() -> page.sketchFigure().curves());
        assertEquals(List.of("concepts.schedules.sketch.very-high", "concepts.schedules.sketch.high",
                "concepts.schedules.sketch.low", "concepts.schedules.sketch.good"),
                curves.stream().map(CurveFigure.Curve::labelKey).toList());
        assertEquals("very high (α = 30)", i18n.text(curves.get(0).labelKey(), curves.get(0).labelValue()));
        assertTrue(robot.lookup("#schedules-sketch-status").queryAs(Label.class).getText().startsWith("Stopped at"));
    }

    @Test
    void aRefusedFieldsMessageFollowsTheLanguageThereAndBackWithItsCountsGroupedByNum(FxRobot robot) {
        edit(robot, "#schedules-step-every", "0.5");
        Label error = robot.lookup("#schedules-step-every-error").queryAs(Label.class);
        assertEquals("Enter a whole number from 1 to 1,000,000.", OnFx.call(error::getText));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("1부터 1,000,000까지의 정수를 입력하세요.", OnFx.call(error::getText));
        assertEquals("0.5", robot.lookup("#schedules-step-every").queryAs(TextField.class).getText());
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        assertEquals("Enter a whole number from 1 to 1,000,000.", OnFx.call(error::getText));
        assertTrue(OnFx.call(error::isVisible));
    }

    @Test
    void aLargeFinalLossIsGroupedInTheLegendInBothLanguages() {
        String[] legend = OnFx.call(() -> {
            CurveFigure figure = new CurveFigure(i18n, "concepts.schedules.title", "concepts.schedules.axis.iteration",
                    "concepts.schedules.axis.loss", Double.NaN);
            figure.show(List.of(new CurveFigure.Curve("concepts.schedules.name.step", 0, 0,
                    new double[] {0, 1}, new double[] {2, 1}, false, 12_345.6789)), 1);
            String english = figure.legendText(0);
            i18n.setLanguage(Language.KOREAN);
            String korean = figure.legendText(0);
            i18n.setLanguage(Language.ENGLISH);
            return new String[] {english, korean};
        });
        assertEquals("step decay: loss 12,345.679", legend[0]);
        assertTrue(legend[1].endsWith(": 손실 12,345.679"), legend[1]);
    }

    @Test
    void aSceneValueIsShownAsTheKitWritesItAndSurvivesTheNextEdit(FxRobot robot) {
        // A scene's α0 with more digits than the page's old six-digit rule kept: the field showed
        // 0.123457, and the next edit elsewhere sent that rounded rate to the model.
        robot.interact(() -> page.model().apply(new SchedulesSetup(0.1234567, 500, 0.5, 1e-12, 0.004, 2000)));
        assertEquals("0.1234567", robot.lookup("#schedules-lr0").queryAs(TextField.class).getText());
        assertEquals("1E-12", robot.lookup("#schedules-exp-k").queryAs(TextField.class).getText());
        assertEquals("2000", robot.lookup("#schedules-iterations").queryAs(TextField.class).getText());
        edit(robot, "#schedules-step-gamma", "0.1");
        SchedulesSetup setup = OnFx.call(() -> page.model().setup());
        assertEquals(0.1234567, setup.initialRate());
        assertEquals(1e-12, setup.exponentialK());
        assertEquals(0.1, setup.stepGamma());
    }

    @Test
    void wholeNumberFieldsReadTextAsEveryOtherWholeNumberFieldDoes(FxRobot robot) {
        Label error = robot.lookup("#schedules-iterations-error").queryAs(Label.class);
        for (String typed : List.of("1e3", "1000.0")) {
            edit(robot, "#schedules-iterations", typed);
            assertTrue(OnFx.call(error::isVisible), typed);
            assertEquals("Enter a whole number from 10 to 20,000.", OnFx.call(error::getText), typed);
        }
        edit(robot, "#schedules-iterations", "１０００");
        assertFalse(OnFx.call(error::isVisible));
        assertEquals(1000, OnFx.call(() -> page.model().setup().iterations()));
    }
}
