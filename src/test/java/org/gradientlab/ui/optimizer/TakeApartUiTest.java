package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.FxFailures;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.RecordingPainter;

/** Take apart, driven as a learner does: the toggle, then ] and [ on the keyboard, reading the panel and the plot. */
@ExtendWith({FxFailures.class, ApplicationExtension.class})
class TakeApartUiTest {
    private I18n i18n;
    private OptimizerLabModel model;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        OptimizerLab lab = new OptimizerLab(i18n, (name, extension) -> Optional.empty());
        model = lab.model();
        UiTestKit.show(stage, lab);
    }

    private static String text(FxRobot robot, String id) {
        return OnFx.call(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static boolean highlighted(FxRobot robot, int line) {
        return OnFx.call(() -> robot.lookup("#take-apart-line-" + line).queryAs(Label.class).getStyleClass()
                .contains(TakeApartPanel.CURRENT_LINE));
    }

    private void show(OptimizerKind kind, int step) {
        OnFx.call(() -> {
            model.selectedProperty().set(kind);
            model.seek(step);
            return null;
        });
    }

    /** Shows {@code kind} at {@code step}, turns the mode on by its button and presses ] {@code presses} times. */
    private void takeApart(FxRobot robot, OptimizerKind kind, int step, int presses) {
        show(kind, step);
        robot.clickOn("#optimizer-take-apart");
        for (int i = 0; i < presses; i++) {
            robot.type(KeyCode.CLOSE_BRACKET);
        }
    }

    @Test
    void bracketKeysWalkMomentumsUpdatePartByPartAndOnToTheNextUpdate(FxRobot robot) {
        takeApart(robot, OptimizerKind.MOMENTUM, 1, 0);
        assertTrue(model.walk().isOn());
        assertTrue(text(robot, "#take-apart-heading").startsWith("Part 1 of 4: the gradient, downhill"),
                text(robot, "#take-apart-heading"));
        assertTrue(highlighted(robot, 0));

        robot.type(KeyCode.CLOSE_BRACKET, KeyCode.CLOSE_BRACKET);
        assertEquals("Part 3 of 4: momentum (Momentum, step 1)", text(robot, "#take-apart-heading"));
        // lr .1, α .9: after step 0, v = (0.07, −0.4); α·v = (0.063, −0.36), on the line v ← α·v − η·∇f.
        assertEquals("α·v = 0.9·(0.07, −0.4) = (0.063, −0.36)", text(robot, "#take-apart-numbers"));
        assertTrue(highlighted(robot, 0));
        assertFalse(highlighted(robot, 1));
        // −η·∇f = (0.0693, −0.32) plus α·v: the solid arrows so far.
        assertEquals("The solid arrows so far add up to ΔW = (0.1323, −0.68).", text(robot, "#take-apart-sum"));

        robot.type(KeyCode.CLOSE_BRACKET);
        assertEquals("W ← W + ΔW = (−6.93, 1.6) + (0.1323, −0.68) = (−6.798, 0.92)", text(robot, "#take-apart-numbers"));
        assertTrue(highlighted(robot, 1), "W ← W + v");
        assertFalse(highlighted(robot, 0));

        robot.type(KeyCode.CLOSE_BRACKET);
        assertEquals(2, model.currentStep(), "past the last part: the next update");
        assertEquals(0, model.walk().index());
        robot.type(KeyCode.OPEN_BRACKET);
        assertEquals(1, model.currentStep(), "before the first part: the previous update");
        assertEquals(3, model.walk().index(), "at its last part");
        assertTrue(text(robot, "#take-apart-numbers").startsWith("W ← W + ΔW"));
    }

    @Test
    void adamsScalingArrowIsPaintedInItsColourAndGoesWithTheMode(FxRobot robot) {
        takeApart(robot, OptimizerKind.ADAM, 0, 5);
        assertTrue(text(robot, "#take-apart-heading").startsWith("Part 6 of 7: the scaling"), text(robot, "#take-apart-heading"));
        assertTrue(highlighted(robot, 3), "W ← W − η_t·m / (√v + ε)");

        TrajectoryPlot plot = robot.lookup("#optimizer-plot").queryAs(TrajectoryPlot.class);
        // Book lr .3 from (−7, 2): −η·m̂ = (0.21, −1.2), then the scaling up to the move ≈ (0.3, −0.3):
        // an arrow from (−6.79, 0.8) to (−6.7, 1.7), where no path or other arrow runs.
        Point2D middle = plot.dataToPixel(-6.745, 1.25).orElseThrow();
        Point2D tip = plot.dataToPixel(-6.7, 1.7).orElseThrow();
        List<Point2D> tips = OnFx.call(plot::partTips);
        assertEquals(3, tips.size(), "−∇f, the moment step and the scaling are drawn: " + tips);
        assertEquals(tip.getX(), tips.get(2).getX(), 1);
        assertEquals(tip.getY(), tips.get(2).getY(), 1);
        Color adam = RunStyle.colour(OptimizerKind.ADAM, plot);
        assertTrue(near(pixel(plot, middle), adam), "the scaling arrow: " + pixel(plot, middle));

        // A vector export gets the same arrow: Adam's colour, bold, from the tip of −η·m̂ towards the next point.
        RecordingPainter painter = new RecordingPainter();
        OnFx.call(() -> {
            plot.paintFigure(painter);
            return null;
        });
        Point2D from = plot.dataToPixel(-6.79, 0.8).orElseThrow();
        List<RecordingPainter.Call> shafts = painter.calls(c -> c.op().equals("strokeLine") && adam.equals(c.stroke())
                && Math.abs(c.numbers()[0] - from.getX()) < 1 && Math.abs(c.numbers()[1] - from.getY()) < 1);
        assertEquals(1, shafts.size(), "the scaling's shaft in the figure");
        assertTrue(shafts.get(0).numbers()[3] < from.getY() - 20, "it points up, towards y = 1.7");

        robot.clickOn("#optimizer-take-apart");
        assertFalse(model.walk().isOn());
        UiTestKit.waitUntil(5, () -> !near(pixel(plot, middle), adam));
        assertEquals(List.of(), OnFx.call(plot::partTips));
    }

    @Test
    void choosingAnotherRunAtALatePartShowsTheFirstPartOfItsUpdate(FxRobot robot) {
        takeApart(robot, OptimizerKind.ADAM, 0, 6);
        assertTrue(text(robot, "#take-apart-heading").startsWith("Part 7 of 7: the update"), text(robot, "#take-apart-heading"));
        // Momentum's update has 4 parts: the panel must not ask for Adam's seventh.
        show(OptimizerKind.MOMENTUM, 0);
        assertEquals("Part 1 of 4: the gradient, downhill (Momentum, step 0)", text(robot, "#take-apart-heading"));
        assertEquals("The solid arrows so far add up to ΔW = (0, 0).", text(robot, "#take-apart-sum"));
        robot.type(KeyCode.OPEN_BRACKET);
        assertEquals(0, model.currentStep(), "nothing before the first update");
        assertEquals(0, model.walk().index());
    }

    @Test
    void theFirstBracketWithTheModeOffTurnsItOnAtTheFirstPart(FxRobot robot) {
        show(OptimizerKind.SGD, 3);
        assertFalse(model.walk().isOn());
        robot.clickOn("#optimizer-step-label").type(KeyCode.CLOSE_BRACKET);
        assertTrue(model.walk().isOn());
        assertEquals(0, model.walk().index());
        assertEquals(3, model.currentStep());
        assertEquals("Part 1 of 3: the gradient, downhill (SGD, step 3)", text(robot, "#take-apart-heading"));
    }

    private static Color pixel(TrajectoryPlot plot, Point2D at) {
        WritableImage shot = OnFx.call(() -> plot.snapshot(null, null));
        return shot.getPixelReader().getColor((int) Math.round(at.getX()), (int) Math.round(at.getY()));
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }
}
