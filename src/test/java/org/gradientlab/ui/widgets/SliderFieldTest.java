package org.gradientlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

@ExtendWith(ApplicationExtension.class)
class SliderFieldTest {
    private final I18n i18n = new I18n(Language.ENGLISH);
    private final List<Double> received = new CopyOnWriteArrayList<>();
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private SliderField steps;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        steps = new SliderField(i18n, i18n.label("optimizer.steps"), 1, 1000, false);
        steps.setReceiver(value -> {
            if (value > 1000) {
                throw new IllegalArgumentException("too many");
            }
            received.add(value);
        });
        steps.setMessage(text -> i18n.text("optimizer.invalid.steps", text, 1000));
        UiTestKit.show(stage, steps, 400, 160);
    }

    @Test
    void aShownRejectionIsWordedAgainWhenTheLanguageChanges(FxRobot robot) {
        robot.clickOn(steps.field()).eraseText(8).write("5000").type(KeyCode.ENTER);
        assertTrue(steps.error().isVisible());
        assertEquals(i18n.text("optimizer.invalid.steps", "5000", 1000), steps.error().getText());
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals(i18n.text("optimizer.invalid.steps", "5000", 1000), steps.error().getText());
        assertTrue(steps.error().getText().chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), steps.error().getText());
    }

    @Test
    void textThatIsNoNumberIsRefusedInlineAndNeverReachesTheReceiver(FxRobot robot) {
        robot.interact(() -> steps.show(30));
        for (String bad : List.of("abc", "NaN", "1e309", "한국어", "0x10", "1,5")) {
            retype(robot, bad);
            assertTrue(steps.error().isVisible(), bad);
            assertEquals(i18n.text("optimizer.invalid.steps", bad, 1000), steps.error().getText());
            assertTrue(steps.field().getStyleClass().contains("invalid"), bad);
            assertEquals(30, steps.slider().getValue(), "the slider keeps the last value for " + bad);
        }
        assertEquals(List.of(), received);
        retype(robot, "\u221240");
        assertEquals(List.of(-40.0), received, "the true minus is a minus (the receiver judges the range)");
        retype(robot, "40");
        assertFalse(steps.error().isVisible());
        assertEquals(40, steps.slider().getValue());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), thrown);
    }

    private void retype(FxRobot robot, String text) {
        robot.clickOn(steps.field());
        robot.interact(steps.field()::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }
}
