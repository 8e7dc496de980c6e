package org.gradientlab.ui.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/**
 * The lab's typed inputs as a user meets them: bad text typed and committed with Enter, then an
 * arrow click. JavaFX's own seed spinner threw NumberFormatException on the FX thread here.
 */
@ExtendWith(ApplicationExtension.class)
class TypedInputTest {
    private static final String RANGE = "Enter a whole number from 0 to 2,147,483,647.";
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private I18n i18n;
    private InitLab lab;

    @Start
    void start(Stage stage) {
        // Runs on the FX thread: whatever an event handler throws lands here and fails the test.
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        i18n = new I18n(Language.ENGLISH);
        lab = new InitLab(i18n);
        Scene scene = new Scene((Parent) lab.view(), 1280, 800);
        new Appearance(Theme.LIGHT, 100).style(scene);
        stage.setScene(scene);
        stage.setFullScreen(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void nothingWasThrown() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), thrown, "exceptions on the FX thread");
    }

    private TextField editor(FxRobot robot) {
        return robot.lookup("#init-seed").queryAs(Spinner.class).getEditor();
    }

    private Label error(FxRobot robot) {
        return robot.lookup("#init-seed-error").queryAs(Label.class);
    }

    private void typeAndCommit(FxRobot robot, String text) {
        TextField editor = editor(robot);
        robot.clickOn(editor);
        robot.interact(editor::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void badTextShowsTheInlineErrorKeepsTheSeedAndTheArrowsStillStep(FxRobot robot) {
        for (String bad : List.of("abc", "1.5", "NaN", "1e309", "-1", "한국어")) {
            typeAndCommit(robot, bad);
            assertEquals(bad, editor(robot).getText(), "what was typed stays to be corrected");
            assertTrue(error(robot).isVisible(), bad);
            assertEquals(RANGE, error(robot).getText(), bad);
            assertTrue(editor(robot).getStyleClass().contains("invalid"), "red border for " + bad);
            assertFalse(OnFx.call(() -> Decorator.getDecorations(editor(robot)).isEmpty()),
                    "ControlsFX's error mark for " + bad);
            assertEquals(0, lab.model().settings().seed(), "the seed is kept for " + bad);
            assertTrue(thrown.isEmpty(), bad + " threw " + thrown);
        }
        robot.clickOn("#init-seed .increment-arrow-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, lab.model().settings().seed(), "the arrow steps on from the kept seed");
        assertEquals("1", editor(robot).getText());
        assertFalse(error(robot).isVisible());
        assertFalse(editor(robot).getStyleClass().contains("invalid"));
        assertTrue(OnFx.call(() -> Decorator.getDecorations(editor(robot)) == null
                || Decorator.getDecorations(editor(robot)).isEmpty()), "the error mark goes");
    }

    @Test
    void theDownArrowAfterBadTextStaysAtZeroWithoutThrowing(FxRobot robot) {
        typeAndCommit(robot, "abc");
        robot.clickOn("#init-seed .decrement-arrow-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, lab.model().settings().seed());
        assertTrue(thrown.isEmpty(), thrown.toString());
    }

    @Test
    void aValidSeedIsCommittedOnEnterAndOnLeavingTheField(FxRobot robot) {
        typeAndCommit(robot, "42");
        assertEquals(42, lab.model().settings().seed());
        assertFalse(error(robot).isVisible());
        TextField editor = editor(robot);
        robot.clickOn(editor);
        robot.interact(editor::selectAll);
        robot.write("\u22127");
        assertTrue(error(robot).isVisible(), "the message shows while typing");
        robot.interact(editor::selectAll);
        robot.write("7");
        robot.clickOn("#init-new-sample");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, lab.model().settings().seed(), "7 committed on leaving, then the button's next sample");
    }

    @Test
    void theMessageFollowsTheLanguage(FxRobot robot) {
        typeAndCommit(robot, "abc");
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("0부터 2,147,483,647까지의 정수를 입력하세요.", error(robot).getText());
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        assertEquals(RANGE, error(robot).getText());
    }

    @Test
    void theTypedStdRefusesWhatTheSliderCannotShowAndSetsAFreeStd(FxRobot robot) {
        TextField std = robot.lookup("#init-std-field").queryAs(TextField.class);
        assertEquals("1", std.getText());
        for (String bad : List.of("abc", "NaN", "20", "0", "1e309", "−1")) {
            robot.clickOn(std);
            robot.interact(std::selectAll);
            robot.write(bad).type(KeyCode.ENTER);
            Label error = robot.lookup("#init-std-field-error").queryAs(Label.class);
            assertTrue(error.isVisible(), bad);
            assertTrue(std.getStyleClass().contains("invalid"), bad);
            assertEquals(InitChoice.STD_1, lab.model().settings().init(), "nothing changes for " + bad);
        }
        assertEquals("Enter a number from 0.001 to 10.",
                robot.lookup("#init-std-field-error").queryAs(Label.class).getText());
        robot.interact(std::selectAll);
        robot.write("0.05").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(InitChoice.CUSTOM, lab.model().settings().init());
        assertEquals(0.05, lab.model().settings().std(), 1e-12);
        assertFalse(robot.lookup("#init-std-field-error").queryAs(Label.class).isVisible());
    }

    @Test
    void passingThroughTheStdFieldKeepsTheChosenInit(FxRobot robot) {
        robot.clickOn("#init-activation-relu").clickOn("#init-choice-he");
        WaitForAsyncUtils.waitForFxEvents();
        double he = lab.model().settings().std();
        robot.clickOn("#init-std-field");
        robot.clickOn("#init-new-sample");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(InitChoice.HE, lab.model().settings().init(), "He's rounded σ on screen is not a free std");
        assertEquals(he, lab.model().settings().std());
    }

    @Test
    void aRefusedStdStaysThroughALanguageChangeAndGoesWhenHeMovesIt(FxRobot robot) {
        TextField std = robot.lookup("#init-std-field").queryAs(TextField.class);
        robot.clickOn(std);
        robot.interact(std::selectAll);
        robot.write("20").type(KeyCode.ENTER);
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("20", std.getText(), "what was typed is kept");
        assertEquals("0.001부터 10까지의 수를 입력하세요.",
                robot.lookup("#init-std-field-error").queryAs(Label.class).getText());
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        robot.clickOn("#init-choice-xavier");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.1", std.getText(), "Xavier's σ replaces the refused text");
        assertFalse(robot.lookup("#init-std-field-error").queryAs(Label.class).isVisible());
    }
}
