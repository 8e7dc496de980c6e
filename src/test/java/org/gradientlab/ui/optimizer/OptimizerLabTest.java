package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Theme;
import org.gradientlab.ui.kit.text.Num;

/** The optimizer lab driven as a learner does: playback, the plot's clicks, zoom and pan, the book setup, hooks, theme and language. */
class OptimizerLabTest extends OptimizerLabUi {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void pressingPlayAdvancesTheStepCounter(FxRobot robot) throws TimeoutException {
        robot.clickOn("#optimizer-reset");
        assertEquals("Step 0 / 30", text(robot, "#optimizer-step-label"));
        robot.clickOn("#optimizer-play");
        UiTestKit.waitUntil(5, () -> model.currentStep() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = text(robot, "#optimizer-step-label");
        assertFalse(shown.startsWith("Step 0 "), shown);
        assertTrue(model.isPlaying() || model.currentStep() == 30);
        robot.clickOn("#optimizer-play");
        assertFalse(model.isPlaying(), "the same button pauses");
    }

    @Test
    void scrubbingToTheEndPutsTheSgdMarkerOnTheBooksPoint(FxRobot robot) {
        robot.clickOn("#optimizer-reset");
        assertEquals(0, model.currentStep());
        // Focus the timeline by its thumb, then End: the last step, as a keyboard user scrubs.
        robot.clickOn(robot.lookup("#optimizer-timeline .thumb").queryAs(Node.class)).type(KeyCode.END);
        assertEquals(30, model.currentStep());
        assertEquals("Step 30 / 30", text(robot, "#optimizer-step-label"));

        TrajectoryPlot plot = plot(robot);
        Point2D book = plot.dataToPixel(-0.350, 0.085).orElseThrow();
        Point2D marker = plot.markerPixel(OptimizerKind.SGD).orElseThrow();
        // The book's point is given to three decimals: 0.0005 of a unit is far below a pixel here.
        assertEquals(book.getX(), marker.getX(), 1.0);
        assertEquals(book.getY(), marker.getY(), 1.0);

        WritableImage shot = OnFx.call(() -> plot.snapshot(null, null));
        Color centre = shot.getPixelReader().getColor((int) Math.round(marker.getX()), (int) Math.round(marker.getY()));
        Color sgd = RunStyle.colour(OptimizerKind.SGD, plot);
        assertEquals(sgd.getRed(), centre.getRed(), 0.08, "the pixel there is SGD's marker: " + centre);
        assertEquals(sgd.getGreen(), centre.getGreen(), 0.08);
        assertEquals(sgd.getBlue(), centre.getBlue(), 0.08);
    }

    @Test
    void clickingThePlotMovesTheStartOfEveryRun(FxRobot robot) {
        TrajectoryPlot plot = plot(robot);
        Point2D target = plot.dataToPixel(4, -3).orElseThrow();
        robot.clickOn(OnFx.call(() -> plot.localToScreen(target)));
        WaitForAsyncUtils.waitForFxEvents();
        // One pixel is 20/850 of a unit in x and 10/500 in y here.
        assertEquals(4, model.start().x(), 0.05);
        assertEquals(-3, model.start().y(), 0.05);
        for (Run run : model.runs()) {
            assertEquals(model.start(), new Vec2(run.trajectory().point(0).x(), run.trajectory().point(0).y()));
        }
        assertEquals(i18n.text("optimizer.start", Num.format(model.start().x(), 3), Num.format(model.start().y(), 3)),
                text(robot, "#optimizer-start"));
    }

    @Test
    void aTypedStartMovesEveryRunExactlyAndBadTextMovesNothing(FxRobot robot) {
        TextField x = robot.lookup("#optimizer-start-x").queryAs(TextField.class);
        TextField y = robot.lookup("#optimizer-start-y").queryAs(TextField.class);
        assertEquals("\u22127", x.getText(), "the book's start, with a true minus");
        robot.doubleClickOn(x).interact(x::selectAll);
        robot.write("-3.25").type(KeyCode.ENTER);
        robot.doubleClickOn(y).interact(y::selectAll);
        robot.write("1.5").type(KeyCode.ENTER);
        assertEquals(new Vec2(-3.25, 1.5), model.start());
        for (Run run : model.runs()) {
            assertEquals(-3.25, run.trajectory().point(0).x());
            assertEquals(1.5, run.trajectory().point(0).y());
        }
        robot.doubleClickOn(x).interact(x::selectAll);
        robot.write("abc").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#optimizer-start-x-error").queryAs(Label.class).isVisible());
        robot.interact(x::selectAll);
        robot.write("1e7").type(KeyCode.ENTER);
        String range = text(robot, "#optimizer-start-x-error");
        assertTrue(range.contains("1 × 10⁶"), range);
        assertEquals(new Vec2(-3.25, 1.5), model.start(), "refused text keeps the start");
        // A click on the plot shows the new start in the fields.
        robot.interact(() -> model.setStart(new Vec2(2, -1)));
        assertEquals("2", x.getText());
        assertEquals("\u22121", y.getText());
    }

    @Test
    void wheelZoomsAtThePointerDragPansAndDoubleClickRestores(FxRobot robot) {
        TrajectoryPlot plot = plot(robot);
        Point2D pointer = plot.dataToPixel(4, 2).orElseThrow();
        robot.moveTo(OnFx.call(() -> plot.localToScreen(pointer)));
        // The headless robot's wheel steps are tiny and their sign differs by platform; an X11
        // wheel notch away from the user arrives as deltaY = +40, so that is sent as well.
        robot.scroll(3, VerticalDirection.UP);
        assertNotEquals(PresetSurface.BOOK.view(), model.viewProperty().get(), "the wheel zooms");
        Point2D inScene = OnFx.call(() -> plot.localToScene(pointer));
        robot.interact(() -> plot.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, inScene.getX(), inScene.getY(), 0, 0,
                false, false, false, false, false, false, 0, 120, 0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        ViewRect zoomed = model.viewProperty().get();
        assertTrue(zoomed.xMax() - zoomed.xMin() < 16, "three notches away zoom in by about a quarter: " + zoomed);
        Point2D after = plot.dataToPixel(4, 2).orElseThrow();
        assertEquals(pointer.getX(), after.getX(), 1.0, "the point under the pointer stays there");
        assertEquals(pointer.getY(), after.getY(), 1.0);

        Vec2 start = model.start();
        robot.drag(MouseButton.PRIMARY).moveBy(60, 0).drop();
        ViewRect panned = model.viewProperty().get();
        assertTrue(panned.xMin() < zoomed.xMin(), "dragging right shows what was left: " + panned);
        assertEquals(start, model.start(), "a drag is not a click");

        // Monocle's robot reports two single clicks, so the double click is sent as a real one would arrive.
        Point2D at = OnFx.call(() -> plot.localToScene(plot.dataToPixel(1, 1).orElseThrow()));
        for (int count = 1; count <= 2; count++) {
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                MouseEvent event = new MouseEvent(type, at.getX(), at.getY(), 0, 0, MouseButton.PRIMARY, count,
                        false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false, false, false, true, null);
                robot.interact(() -> plot.fireEvent(event));
            }
        }
        assertEquals(PresetSurface.BOOK.view(), model.viewProperty().get());
        assertEquals(start, model.start(), "the double click's first click does not move the start");
    }

    @Test
    void labHooksPlayStepAndReset(FxRobot robot) {
        robot.interact(lab::reset);
        robot.interact(lab::step);
        robot.interact(lab::step);
        assertEquals(2, model.currentStep());
        robot.interact(lab::playPause);
        assertTrue(model.isPlaying());
        robot.interact(lab::reset);
        assertEquals(0, model.currentStep());
        assertFalse(model.isPlaying());
    }

    @Test
    void themeRecoloursThePlotLive(FxRobot robot) {
        TrajectoryPlot plot = plot(robot);
        assertEquals(Color.web("#ffffff"), plot.backgroundColour());
        robot.interact(() -> appearance.setTheme(Theme.DARK));
        assertEquals(Color.web("#24272c"), plot.backgroundColour());
        Point2D centre = plot.dataToPixel(0, -4.5).orElseThrow();
        Color shown = OnFx.call(() -> plot.snapshot(null, null)).getPixelReader()
                .getColor((int) centre.getX(), (int) centre.getY());
        assertTrue(shown.getBrightness() < 0.3, "the map is dark too: " + shown);
    }

    @Test
    void switchesToKoreanLive(FxRobot robot) {
        robot.interact(model::reset);
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("0 / 30단계", text(robot, "#optimizer-step-label"));
        assertEquals("발산 없음", text(robot, "#result-sgd-status"));
        assertTrue(text(robot, "#optimizer-caption").contains("시작점 (−7, 2)"), text(robot, "#optimizer-caption"));
    }

    @Test
    void countsOfAThousandAndMoreAreGroupedInBothLanguages(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.setSteps(OptimizerLabModel.MAX_STEPS));
        robot.interact(() -> model.seek(OptimizerLabModel.MAX_STEPS));
        UiTestKit.waitUntil(10, () -> model.currentStep() == 1000);
        assertEquals("Step 1,000 / 1,000", text(robot, "#optimizer-step-label"));
        assertTrue(text(robot, "#optimizer-caption").contains(" · 1,000 steps · "), text(robot, "#optimizer-caption"));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("1,000 / 1,000단계", text(robot, "#optimizer-step-label"));
        assertTrue(text(robot, "#optimizer-caption").contains(" · 1,000단계 · "), text(robot, "#optimizer-caption"));
    }
}
