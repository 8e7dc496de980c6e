package org.gradientlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

@ExtendWith(ApplicationExtension.class)
class SliderFieldTest {
    private final I18n i18n = new I18n(Language.ENGLISH);
    private SliderField steps;

    @Start
    void start(Stage stage) {
        steps = new SliderField(i18n, i18n.label("optimizer.steps"), 1, 1000, false);
        steps.setReceiver(value -> {
            if (value > 1000) {
                throw new IllegalArgumentException("too many");
            }
        });
        steps.setMessage(text -> i18n.text("optimizer.invalid.steps", text, 1000));
        stage.setScene(new Scene(steps, 400, 160));
        stage.show();
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
}
