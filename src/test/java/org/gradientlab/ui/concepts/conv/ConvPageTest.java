package org.gradientlab.ui.concepts.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.concepts.conv.Window;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** The page as a learner uses it: pick examples, type sizes, step the animation, read the screen. */
@ExtendWith(ApplicationExtension.class)
class ConvPageTest {
    private I18n i18n;
    private ConvPage page;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        page = new ConvPage(i18n);
        UiTestKit.show(stage, page, 1100, 760);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static void await(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.call(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError(what, e);
        }
    }

    private ConvGrid grid(FxRobot robot) {
        return robot.lookup("#conv-grid").queryAs(ConvGrid.class);
    }

    private void choose(FxRobot robot, String presetText) {
        robot.clickOn("#conv-preset");
        robot.clickOn(presetText);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void lecturePresetsGiveTheLectureNumbers(FxRobot robot) {
        choose(robot, "32×32×3, 10 filters 5×5, stride 1, pad 2");
        assertEquals("Output: 32×32×3 → 32×32×10", text(robot, "#conv-output"));
        assertEquals("Parameters: (5·5·3 + 1)·10 = 760 (750 weights, 10 biases)", text(robot, "#conv-parameters"));
        assertEquals("W2 = (32 − 5 + 2·2)/1 + 1 = 32", text(robot, "#conv-width"));
        assertEquals("5", robot.lookup("#conv-field-f").queryAs(TextField.class).getText());
        assertTrue(text(robot, "#conv-demo-note").contains("same F = 5, S = 1, P = 2 on a small 7×7 input"),
                text(robot, "#conv-demo-note"));

        choose(robot, "AlexNet conv1: 227×227×3, 96 filters 11×11, stride 4");
        assertEquals("Output: 227×227×3 → 55×55×96", text(robot, "#conv-output"));
        assertEquals("Parameters: (11·11·3 + 1)·96 = 34,944 (34,848 weights, 96 biases)", text(robot, "#conv-parameters"));
        assertTrue(text(robot, "#conv-caption").startsWith("Convolution 227×227×3 → 55×55×96: 96 filters of 11×11"));
        assertTrue(text(robot, "#conv-demo-note").contains("too large"), text(robot, "#conv-demo-note"));

        choose(robot, "Max pooling 224×224×64, 2×2, stride 2");
        assertEquals("Output: 224×224×64 → 112×112×64", text(robot, "#conv-output"));
        assertTrue(robot.lookup("#conv-mode-pool").queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#conv-field-p").queryAs(TextField.class).isVisible() && OnFx.call(
                () -> robot.lookup("#conv-field-p").query().getParent().getParent().isVisible()), "no padding in pooling");
    }

    @Test
    void aStrideThatDoesNotFitSaysSoAndOffersFixes(FxRobot robot) {
        type(robot, "#conv-field-s", "3");
        String fit = text(robot, "#conv-fit");
        assertTrue(fit.startsWith("Does not fit: (7 − 3 + 2·0)/3 + 1 = 2.33 is not a whole number"), fit);
        assertTrue(text(robot, "#conv-operations").contains("not defined"));
        robot.clickOn("#conv-suggest-p-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1", robot.lookup("#conv-field-p").queryAs(TextField.class).getText());
        assertEquals("Fits: whole windows cover the input exactly.", text(robot, "#conv-fit"));
        assertEquals("Output: 7×7×1 → 3×3×1", text(robot, "#conv-output"));
    }

    @Test
    void badFieldsShowAMessageUnderTheField(FxRobot robot) {
        type(robot, "#conv-field-s", "0");
        Label error = robot.lookup("#conv-field-s-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("S must be between 1 and 1,024 (got 0).", error.getText());
        assertEquals("Fix the fields marked in red to see the output size.", text(robot, "#conv-output"));
        type(robot, "#conv-field-s", "two");
        assertEquals("Enter a whole number.", error.getText());
        type(robot, "#conv-field-f", "12");
        type(robot, "#conv-field-s", "1");
        assertFalse(error.isVisible());
        assertEquals("F must be at most the padded input, min(W, H) + 2P = 7 (got 12).",
                text(robot, "#conv-field-f-error"));
        type(robot, "#conv-field-f", "3");
        assertEquals("Output: 7×7×1 → 5×5×1", text(robot, "#conv-output"));
        type(robot, "#conv-field-w", "7x");
        assertEquals("Enter a whole number.", text(robot, "#conv-field-w-error"));
        type(robot, "#conv-field-w", "7");
        assertFalse(robot.lookup("#conv-field-w-error").queryAs(Label.class).isVisible(), "the same value, now readable");
        assertEquals("Output: 7×7×1 → 5×5×1", text(robot, "#conv-output"));
    }

    @Test
    void steppingMovesTheWindowAndTheOutputCell(FxRobot robot) {
        ConvGrid grid = grid(robot);
        await(() -> new Window(0, 0, 3).equals(grid.paintedWindow()), "first window painted");
        String first = text(robot, "#conv-expression");
        robot.clickOn("#conv-step");
        await(() -> new Window(0, 2, 3).equals(grid.paintedWindow()), "stride 2 moves the window two cells right");
        assertArrayEquals(new int[] {0, 1}, grid.paintedCell());
        assertNotEquals(first, text(robot, "#conv-expression"));
        assertEquals("Cell 2 of 9", text(robot, "#conv-step-label"));
        robot.clickOn("#conv-step").clickOn("#conv-step");
        await(() -> new Window(2, 0, 3).equals(grid.paintedWindow()), "the fourth cell starts the second row");
        robot.clickOn("#conv-back");
        await(() -> new Window(0, 4, 3).equals(grid.paintedWindow()), "back one cell");
        OnFx.call(() -> {
            page.reset();
            return null;
        });
        await(() -> new Window(0, 0, 3).equals(grid.paintedWindow()), "reset");
        assertEquals(first, text(robot, "#conv-expression"));
    }

    @Test
    void clickingAnOutputCellShowsItsWindow(FxRobot robot) {
        ConvGrid grid = grid(robot);
        await(() -> grid.paintedCell() != null, "painted");
        double[] centre = OnFx.call(() -> grid.cellCentre(2, 1));
        robot.clickOn(robot.point(grid).atPosition(javafx.geometry.Pos.TOP_LEFT).atOffset(
                new javafx.geometry.Point2D(centre[0], centre[1])));
        await(() -> new Window(4, 2, 3).equals(grid.paintedWindow()), "output (2, 1) reads rows 4–6, columns 2–4");
        assertEquals(7, page.model().stepProperty().get());
        assertEquals(-1, (int) OnFx.call(() -> grid.cellIndexAt(1, 1)), "a click off the output picks nothing");
    }

    @Test
    void playRunsToTheLastCellAndStops(FxRobot robot) {
        OnFx.call(() -> {
            page.model().setSpeed(ConvPageModel.MAX_SPEED);
            page.playPause();
            return null;
        });
        await(() -> page.model().stepProperty().get() == 8 && !page.model().playingProperty().get(), "played to the end");
        assertArrayEquals(new int[] {2, 2}, OnFx.call(() -> grid(robot).paintedCell()));
        assertEquals("Cell 9 of 9", text(robot, "#conv-step-label"));
    }

    @Test
    void maxPoolingShowsNoParametersAndAMax(FxRobot robot) {
        robot.clickOn("#conv-mode-pool");
        type(robot, "#conv-field-f", "2");
        type(robot, "#conv-field-w", "8");
        type(robot, "#conv-field-h", "8");
        assertEquals("Output: 8×8×1 → 4×4×1", text(robot, "#conv-output"));
        assertTrue(text(robot, "#conv-parameters").startsWith("Parameters: 0"));
        assertEquals("Comparisons: 4·4·1·(2·2 − 1) = 48", text(robot, "#conv-operations"));
        assertTrue(text(robot, "#conv-expression").matches("Output row 1, column 1: max\\(.*\\) = \\d"),
                text(robot, "#conv-expression"));
    }

    @Test
    void speaksKorean(FxRobot robot) {
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("합성곱", robot.lookup("#conv-mode-conv").queryAs(ToggleButton.class).getText());
        assertEquals("딱 맞습니다: 윈도가 입력을 남김없이 덮습니다.", text(robot, "#conv-fit"));
        assertEquals("매개변수: (3·3·1 + 1)·1 = 10 (가중치 9개, 편향 1개)", text(robot, "#conv-parameters"));
        assertEquals("재생", robot.lookup("#conv-play").queryAs(Button.class).getText());
        type(robot, "#conv-field-s", "0");
        assertTrue(text(robot, "#conv-field-s-error").startsWith("S의 값은 1에서"), text(robot, "#conv-field-s-error"));
    }

    @Test
    void exportsTheFigureWithCaptionAndGrid(FxRobot robot) {
        Node figure = OnFx.call(page::exportNode);
        assertTrue(OnFx.call(() -> figure.lookup("#conv-grid") != null && figure.lookup("#conv-caption") != null
                && figure.lookup("#conv-play") == null));
        assertSame(figure, OnFx.call(page::exportNode));
    }

    @Test
    void aFieldsRuleMessageFollowsTheLanguageThereAndBack(FxRobot robot) {
        type(robot, "#conv-field-f", "99");
        String english = OnFx.call(() -> text(robot, "#conv-field-f-error"));
        assertTrue(english.startsWith("F must be at most the padded input") && english.endsWith("(got 99)."), english);
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        String korean = OnFx.call(() -> text(robot, "#conv-field-f-error"));
        assertTrue(korean.startsWith("F는 패딩을 더한 입력 크기") && korean.endsWith("(입력값 99)."), korean);
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        assertEquals(english, OnFx.call(() -> text(robot, "#conv-field-f-error")));
        assertEquals("99", robot.lookup("#conv-field-f").queryAs(TextField.class).getText());
    }
}
