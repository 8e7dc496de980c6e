package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.Language;

/** The optimizer lab's typed surface and learning rates: formula errors, unbounded and undefined surfaces, diverging and unreadable rates. */
class OptimizerLabSurfaceTest extends OptimizerLabUi {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void formulaWithASyntaxErrorIsShownAndTheLastGoodSurfaceStays(FxRobot robot) {
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).interact(formula::selectAll);
        robot.write("x^2 + (y").type(KeyCode.ENTER);
        Label error = robot.lookup("#optimizer-formula-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        // Character 9 is just past "(y": a closing parenthesis was expected there.
        assertTrue(error.getText().contains("character 9") && error.getText().contains("“)”"), error.getText());
        assertEquals(PresetSurface.BOOK, model.surface());
        assertEquals(PresetSurface.BOOK, model.run(OptimizerKind.ADAM).trajectory().settings().surface());

        robot.interact(formula::selectAll);
        robot.write("x^2/4 + y^2").type(KeyCode.ENTER);
        assertFalse(error.isVisible());
        assertEquals("x^2/4 + y^2", model.surface().id());
    }

    @Test
    void formulaErrorIsWordedWhollyInKorean(FxRobot robot) {
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).interact(formula::selectAll);
        robot.write("x + foo(y)").type(KeyCode.ENTER);
        String text = robot.lookup("#optimizer-formula-error").queryAs(Label.class).getText();
        assertEquals(i18n.text("optimizer.formula.error", 5, "“foo” 대신 x, y, pi, e 또는 함수(sin, cos, tan, exp, log, sqrt, abs)"),
                text);
        assertFalse(text.contains("expected") || text.contains("got"), text);
    }

    @Test
    void formulaUndefinedAtTheStartSaysSoForEveryRunInsteadOfDiverged(FxRobot robot) {
        // Issue 15: "diverged at step 0" taught the wrong lesson for sqrt(x) started at x = −7.
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).interact(formula::selectAll);
        robot.write("sqrt(x) + y^2").type(KeyCode.ENTER);
        for (Run run : model.runs()) {
            assertEquals("undefined at the start", text(robot, "#result-" + run.kind().id() + "-status"));
        }
        assertEquals("—", text(robot, "#result-sgd-final"));
        WritableImage shot = OnFx.call(() -> plot(robot).snapshot(null, null));
        assertTrue(shot.getWidth() > 0, "the plot still paints");
    }

    @Test
    void surfaceWithoutFloorIsUnboundedNotDivergedAndHasNoMinimumToReach(FxRobot robot) {
        // f = −x² + y² from x = −7: every optimizer runs off to x → −∞ where f → −∞. "f < 0.001"
        // held from the first step and meant nothing; there is no minimum to reach.
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).interact(formula::selectAll);
        robot.write("-x^2 + y^2").type(KeyCode.ENTER);
        // SGD η 0.95 multiplies x by 1 + 2·0.95 = 2.9 per step: −x² passes −10¹² when |x| > 10⁶,
        // 7·2.9ᵏ > 10⁶ first at k = 12.
        assertEquals("unbounded below at step 12", text(robot, "#result-sgd-status"));
        for (Run run : model.runs()) {
            assertEquals("no known minimum", text(robot, "#result-" + run.kind().id() + "-reached"));
        }
    }

    @Test
    void divergingLearningRateIsMarkedDivergedWhileTheOthersRun(FxRobot robot) {
        TextField steps = robot.lookup("#optimizer-steps-field").queryAs(TextField.class);
        robot.doubleClickOn(steps).interact(steps::selectAll);
        robot.write("100").type(KeyCode.ENTER);
        robot.clickOn("#optimizer-select-sgd");
        TextField lr = robot.lookup("#optimizer-lr-field").queryAs(TextField.class);
        robot.doubleClickOn(lr).interact(lr::selectAll);
        robot.write("1.1").type(KeyCode.ENTER);

        assertEquals("diverged at step 72", text(robot, "#result-sgd-status"));
        assertEquals("no blow-up", text(robot, "#result-adam-status"));
        assertEquals(101, model.run(OptimizerKind.ADAM).trajectory().points().size());
        robot.interact(() -> model.seek(100));
        assertTrue(plot(robot).markerPixel(OptimizerKind.SGD).isEmpty(), "a diverged run has no marker, it has ✕");
        assertTrue(plot(robot).markerPixel(OptimizerKind.ADAM).isPresent());
        assertTrue(lab.lazyView().state().getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).anyMatch(t -> t.contains("diverged at step 72")));
    }

    @Test
    void negativeOrUnreadableLearningRateIsExplainedAndTheRunKept(FxRobot robot) {
        var before = model.run(OptimizerKind.SGD).trajectory();
        TextField lr = robot.lookup("#optimizer-lr-field").queryAs(TextField.class);
        Label error = robot.lookup("#optimizer-lr .field-error").queryAs(Label.class);
        for (String bad : new String[] {"-1", "abc", "NaN"}) {
            robot.doubleClickOn(lr).interact(lr::selectAll);
            robot.write(bad).type(KeyCode.ENTER);
            assertTrue(error.isVisible(), bad);
            assertTrue(error.getText().contains("greater than 0") && error.getText().contains(bad), error.getText());
        }
        assertEquals(before, model.run(OptimizerKind.SGD).trajectory());
        robot.interact(lr::selectAll);
        robot.write("0.5").type(KeyCode.ENTER);
        assertFalse(error.isVisible());
        assertEquals(0.5, model.run(OptimizerKind.SGD).settings().learningRate());
    }

    @Test
    void bookSetupShowsTheFourBookOptimizersSideBySide(FxRobot robot) {
        robot.clickOn("#optimizer-layout-overlay");
        robot.clickOn("#optimizer-book-setup");
        for (String id : new String[] {"sgd", "momentum", "adagrad", "adam"}) {
            assertTrue(robot.lookup("#optimizer-plot-" + id).queryAs(TrajectoryPlot.class).isVisible(), id);
        }
        assertTrue(robot.lookup("#optimizer-plot-nesterov").tryQuery().isEmpty());
        assertTrue(robot.lookup("#optimizer-plot").tryQuery().isEmpty());
        robot.clickOn("#optimizer-layout-overlay");
        assertTrue(robot.lookup("#optimizer-plot").tryQuery().isPresent());
    }

    @Test
    void theTrajectoryPlotRepaintsItsWordsInKoreanAndBackInEnglish(FxRobot robot) {
        org.gradientlab.ui.kit.plot.PlotCanvas plot = robot.lookup(".trajectory-plot").queryAs(
                org.gradientlab.ui.kit.plot.PlotCanvas.class);
        org.gradientlab.ui.kit.plot.PaintedLanguage.assertFollowsTheLanguage(robot, i18n, plot, "start", "시작점");
    }
}
