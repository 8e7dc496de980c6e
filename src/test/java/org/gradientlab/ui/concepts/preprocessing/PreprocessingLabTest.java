package org.gradientlab.ui.concepts.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.concepts.preprocessing.CloudPreset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Fonts;

@ExtendWith(ApplicationExtension.class)
class PreprocessingLabTest {
    private I18n i18n;
    private PreprocessingLab lab;
    /** Holds the MNIST PCA's worker before it reads the data, while a test cancels it. */
    private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

    @Start
    void start(Stage stage) {
        Fonts.load();
        i18n = new I18n(Language.ENGLISH);
        lab = new PreprocessingLab(i18n, 300, () -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Mnist.bundled().train();
        });
        UiTestKit.show(stage, lab, 1100, 760);
    }

    private List<String> covariances() {
        return OnFx.call(() -> lab.figure().panels().stream().map(p -> p.covariance().text()).toList());
    }

    private int count() {
        return OnFx.call(() -> lab.model().cloudProperty().get().size());
    }

    /** Screen position of a pixel near the top-left corner of the original panel's plot area, far from the cloud. */
    private Point2D originalCorner() {
        return OnFx.call(() -> {
            CloudPanel panel = lab.figure().panels().get(0).cloud();
            var t = panel.transform();
            return panel.localToScreen(t.left() + 12, t.top() + 12);
        });
    }

    @Test
    void clickOnTheOriginalAddsAPointTheCovariancesFollowAndRightClickRemovesIt(FxRobot robot) {
        List<String> before = covariances();
        robot.clickOn(originalCorner());
        assertEquals(CloudPreset.DEFAULT_COUNT + 1, count());
        List<String> after = covariances();
        for (int stage = 0; stage < 4; stage++) {
            assertNotEquals(before.get(stage), after.get(stage), "stage " + stage);
        }
        // Whitening brings any cloud to the identity: that label stays, by design.
        assertEquals("1.00 0.00; 0.00 1.00", after.get(4));
        assertEquals("201 points", robot.lookup("#prep-count").queryAs(Label.class).getText());

        // The frame refits once the click is over, so the new point has moved on screen.
        Point2D added = OnFx.call(() -> {
            CloudPanel panel = lab.figure().panels().get(0).cloud();
            return panel.localToScreen(panel.pixelOf(CloudPreset.DEFAULT_COUNT));
        });
        robot.clickOn(added, MouseButton.SECONDARY);
        assertEquals(CloudPreset.DEFAULT_COUNT, count());
        assertEquals(before, covariances());
    }

    @Test
    void draggingAddsAStrokeOfPoints(FxRobot robot) {
        robot.moveTo(originalCorner()).press(MouseButton.PRIMARY).moveBy(60, 0)
                .release(MouseButton.PRIMARY);
        assertTrue(count() >= CloudPreset.DEFAULT_COUNT + 3, "points after the drag: " + count());
    }

    @Test
    void choosingAPresetResamplesTheCloud(FxRobot robot) {
        String before = covariances().get(0);
        robot.clickOn("#prep-preset");
        robot.clickOn("Nearly a line");
        assertSame(CloudPreset.NEARLY_LINE, lab.model().presetProperty().get());
        assertNotEquals(before, covariances().get(0));
        assertEquals(CloudPreset.DEFAULT_COUNT, count());
        robot.clickOn("#prep-new-sample");
        assertEquals(2, lab.model().seedProperty().get());
    }

    @Test
    void hoveringAPointRingsItInEveryPanel(FxRobot robot) {
        int index = 17;
        Point2D target = OnFx.call(() -> {
            CloudPanel decorrelated = lab.figure().panels().get(3).cloud();
            return decorrelated.localToScreen(decorrelated.pixelOf(index));
        });
        robot.moveTo(target);
        WaitForAsyncUtils.waitForFxEvents();
        int hovered = lab.model().hoveredProperty().get();
        assertTrue(hovered >= 0, "a point is under the cursor");
        for (StagePanel panel : lab.figure().panels()) {
            assertEquals(hovered, (int) OnFx.call(() -> panel.cloud().hovered()), panel.stage().name());
        }
        String readout = robot.lookup("#prep-point-whitened").queryAs(Label.class).getText();
        assertTrue(readout.startsWith("point " + (hovered + 1) + ": ("), readout);
        robot.moveTo("#prep-count");
        assertEquals(-1, lab.model().hoveredProperty().get());
    }

    @Test
    void sameScaleGivesEveryPanelOneFrame(FxRobot robot) {
        java.util.function.Supplier<java.util.Set<Object>> frames = () -> OnFx.call(() -> new java.util.HashSet<>(
                lab.figure().panels().stream().map(p -> (Object) p.cloud().transform().view()).toList()));
        assertEquals(5, frames.get().size(), "each panel fits its own points");
        robot.clickOn("#prep-same-scale");
        assertEquals(1, frames.get().size());
    }

    @Test
    void anEmptyCloudExplainsItselfAndResetBringsTheDefaultBack(FxRobot robot) {
        robot.clickOn("#prep-clear");
        assertEquals(0, count());
        for (StagePanel panel : lab.figure().panels()) {
            assertTrue(panel.message().isVisible());
            assertTrue(panel.message().getText().startsWith("No points"), panel.message().getText());
            assertEquals("– –; – –", panel.covariance().text());
        }
        robot.clickOn(originalCorner());
        Label normalised = robot.lookup("#prep-message-normalized").queryAs(Label.class);
        assertTrue(normalised.getText().startsWith("One point"), normalised.getText());
        OnFx.call(() -> {
            lab.reset();
            return null;
        });
        assertEquals(CloudPreset.DEFAULT_COUNT, count());
        assertFalse(normalised.isVisible());
        assertSame(lab.figure(), OnFx.call(lab::exportNode));
    }

    @Test
    void mnistTabShowsTheMeanAndComponentsAfterComputing(FxRobot robot) {
        robot.clickOn("MNIST: mean image and principal components");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(OnFx.call(() -> lab.mnistView().runningProperty().get()
                || lab.mnistView().grid().imagesShown() > 0), "the tab starts the PCA");
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lab.mnistView().runningProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("MNIST PCA did not finish in 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1 + 16, (int) OnFx.call(() -> lab.mnistView().grid().imagesShown()));
        String status = robot.lookup("#prep-mnist-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("300 images"), status);
        assertTrue(robot.lookup("#prep-mnist-compute").queryAs(Button.class).isDisabled(), "computed once");
        assertSame(lab.mnistView().figure(), OnFx.call(lab::exportNode));
    }

    @Test
    void matrixEntriesShareDecimalsAndRoundingNoiseReadsAsZero() {
        assertEquals(2, MatrixView.decimals(0.999996), "rounds to 1.00");
        assertEquals(1, MatrixView.decimals(18.04));
        assertEquals(4, MatrixView.decimals(0.0019));
        assertEquals("0.00", org.gradientlab.ui.kit.text.Num.fixed(-1e-17, 2));
        assertEquals("\u22122.25", org.gradientlab.ui.kit.text.Num.fixed(-2.25, 2));
    }

    @Test
    void aCancelledPcaLeavesNoResultAndCanStartAgain(FxRobot robot) throws Exception {
        gate = new java.util.concurrent.CountDownLatch(1);
        robot.clickOn("MNIST: mean image and principal components");
        assertTrue(lab.mnistView().runningProperty().get());
        assertEquals("Cancel", robot.lookup("#prep-mnist-compute").queryAs(Button.class).getText());
        robot.clickOn("#prep-mnist-compute");
        assertFalse(lab.mnistView().runningProperty().get());
        String status = robot.lookup("#prep-mnist-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Cancelled"), status);
        gate.countDown();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) OnFx.call(() -> lab.mnistView().grid().imagesShown()), "the cancelled run shows nothing");
        robot.clickOn("#prep-mnist-compute");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lab.mnistView().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1 + 16, (int) OnFx.call(() -> lab.mnistView().grid().imagesShown()));
    }

    @Test
    void labelsFollowTheLanguageIntoKorean(FxRobot robot) {
        OnFx.call(() -> {
            i18n.setLanguage(Language.KOREAN);
            lab.model().clear();
            return null;
        });
        Label title = (Label) OnFx.call(() -> lab.figure().panels().get(4).getChildren().get(0));
        assertEquals("백색화(whitening)", title.getText());
        assertTrue(title.getTooltip().getText().contains("단위 행렬"), title.getTooltip().getText());
        assertEquals("새 표본", robot.lookup("#prep-new-sample").queryAs(Button.class).getText());
        assertEquals("점 0개", robot.lookup("#prep-count").queryAs(Label.class).getText());
        assertTrue(lab.figure().panels().get(0).message().getText().startsWith("점이 없습니다"));
    }
}
