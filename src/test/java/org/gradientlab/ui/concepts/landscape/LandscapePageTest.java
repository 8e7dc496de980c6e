package org.gradientlab.ui.concepts.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.landscape.LandscapeConfig;
import org.gradientlab.core.experiment.landscape.LandscapeResult;
import org.gradientlab.core.experiment.landscape.LossLandscapes;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.concepts.landscape.LandscapeModel.Status;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.lab.RecordingLab;

/** The page as a learner uses it, on a study small enough to run in about a second. */
@ExtendWith(ApplicationExtension.class)
class LandscapePageTest {
    static final LandscapeConfig SMALL = LandscapeConfig.defaults().withIterations(30).withGrid(5).withImages(100);

    private I18n i18n;
    private LandscapePage page;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        page = new LandscapePage(i18n, new LandscapeModel(SMALL));
        UiTestKit.show(stage, new ConceptsLab(i18n, List.of(page, new RecordingLab("other"))));
    }

    private void awaitEnd() {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> OnFx.call(() -> page.model().statusProperty().get()) != Status.RUNNING);
        } catch (TimeoutException e) {
            throw new AssertionError("the run did not end", e);
        }
    }

    private static String text(FxRobot robot, String id) {
        return OnFx.call(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void runningDrawsTheSliceAndTheLineAndNamesTheLosses(FxRobot robot) {
        assertEquals("Not run yet.", text(robot, "#landscape-status"));
        SliceChart slice = robot.lookup("#landscape-slice-chart").queryAs(SliceChart.class);
        CurvePlot line = robot.lookup("#landscape-line-chart").queryAs(CurvePlot.class);
        assertEquals(0, OnFx.call(slice::levelCount));
        robot.clickOn("#landscape-run");
        awaitEnd();

        LandscapeResult expected = LossLandscapes.run(SMALL, Mnist.bundled(), 2, () -> false, p -> { });
        assertEquals("Done.", text(robot, "#landscape-status"));
        String caption = text(robot, "#landscape-caption");
        assertTrue(caption.contains("(SGD lr 0.01) after 30 updates; training loss on the first 100 images: "
                + Num.format(expected.initialLoss()) + " at the start, " + Num.format(expected.finalLoss())
                + " at the end."), caption);
        assertTrue(caption.contains("they hold " + Num.percent(expected.explained()[0], 1)), caption);
        assertTrue(OnFx.call(slice::levelCount) > 2, "contours drawn");
        assertEquals(41, OnFx.call(() -> line.data(0).size()));
        assertEquals(2, OnFx.call(() -> line.data(1).size()), "the two ends marked");
    }

    @Test
    void aBatchNormLineGetsALogLossAxisThatHoldsBothEndsAndACaptionThatSaysWhy(FxRobot robot) {
        CurvePlot line = robot.lookup("#landscape-line-chart").queryAs(CurvePlot.class);
        robot.clickOn("#landscape-run");
        awaitEnd();
        assertFalse(OnFx.call(() -> line.logYProperty().get()), "without batch norm the loss axis stays linear");
        assertFalse(text(robot, "#landscape-caption").contains("logarithmic"));

        robot.clickOn("#landscape-batch-norm");
        robot.clickOn("#landscape-run");
        awaitEnd();
        LandscapeResult bn = OnFx.call(() -> page.model().resultProperty().get());
        assertTrue(bn.config().batchNorm());
        double[] span = bn.line().span();
        assertTrue(span[1] > 10 * span[0], "running variance 0 at θ₀: " + bn.initialLoss() + " vs " + span[0]);
        assertTrue(OnFx.call(() -> line.logYProperty().get()), "the batch-norm start calls for a log axis");
        double low = OnFx.call(line::yLower);
        double high = OnFx.call(line::yUpper);
        assertTrue(low <= Math.log10(span[0]) && Math.log10(span[1]) <= high,
                "both ends and everything between on the chart: [" + low + ", " + high + "]");
        assertTrue(high - low < Math.log10(span[1] / span[0]) + 1.01, "fitted, not a padded guess");
        String caption = text(robot, "#landscape-caption");
        assertTrue(caption.contains("scores " + Num.format(bn.initialLoss()) + ": a fresh net's running variance is 0")
                && caption.contains("1/√ε = 1,000") && caption.contains("tops out at 16.1"), caption);
        assertTrue(caption.contains("The loss axis is logarithmic"), caption);
    }

    @Test
    void eachSetupKeepsItsLandscapeWhileAnotherIsShown(FxRobot robot) {
        robot.clickOn("#landscape-run");
        awaitEnd();
        LandscapeResult sgd = OnFx.call(() -> page.model().resultProperty().get());
        robot.clickOn("#landscape-adam");
        assertNull(OnFx.call(() -> page.model().resultProperty().get()));
        assertEquals("Not run yet.", text(robot, "#landscape-status"));
        assertTrue(text(robot, "#landscape-caption").startsWith("Run a network"));
        robot.clickOn("#landscape-sgd");
        assertSame(sgd, OnFx.call(() -> page.model().resultProperty().get()));
        assertEquals("Done.", text(robot, "#landscape-status"));
    }

    @Test
    void cancellingEndsTheRunAndFreesTheControls(FxRobot robot) {
        OnFx.call(() -> {
            page.playPause();
            page.playPause();
            return null;
        });
        awaitEnd();
        assertEquals(Status.CANCELLED, OnFx.call(() -> page.model().statusProperty().get()));
        assertEquals("Cancelled.", text(robot, "#landscape-status"));
        assertFalse(robot.lookup("#landscape-run").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#landscape-batch-norm").queryAs(CheckBox.class).isDisabled());
    }

    @Test
    void aSavedSetupSetsTheControlsAndABadOneIsRefused(FxRobot robot) {
        OnFx.call(() -> {
            page.model().apply(new LandscapeSetup("adam", true, "random"));
            return null;
        });
        assertTrue(robot.lookup("#landscape-adam").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup("#landscape-batch-norm").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#landscape-random").queryAs(RadioButton.class).isSelected());
        assertEquals(new LandscapeSetup("adam", true, "random"), OnFx.call(() -> page.model().setup()));
        assertEquals(LandscapeConfig.defaults().withIterations(30).withGrid(5).withImages(100)
                .withOptimizer(org.gradientlab.core.optim.OptimizerKind.ADAM).withBatchNorm(true)
                .withPlane(org.gradientlab.core.experiment.landscape.PlaneKind.RANDOM),
                OnFx.call(() -> page.model().config()));
        assertThrows(IllegalArgumentException.class, () -> new LandscapeSetup("lion", false, "pca"));
        assertThrows(IllegalArgumentException.class, () -> new LandscapeSetup("sgd", false, "hessian"));
        OnFx.call(() -> {
            page.reset();
            return null;
        });
        assertTrue(robot.lookup("#landscape-sgd").queryAs(RadioButton.class).isSelected());
        assertFalse(robot.lookup("#landscape-batch-norm").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void theStatusFollowsTheLanguage(FxRobot robot) {
        OnFx.call(() -> {
            i18n.setLanguage(Language.KOREAN);
            return null;
        });
        assertEquals("아직 실행하지 않았습니다.", text(robot, "#landscape-status"));
        assertEquals("실행", robot.lookup("#landscape-run").queryAs(Button.class).getText());
    }
}
