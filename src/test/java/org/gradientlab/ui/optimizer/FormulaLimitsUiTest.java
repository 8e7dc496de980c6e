package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/** Issue 20: a formula beyond the parser's limits is refused inline, in the UI's language; the surface stays. */
@ExtendWith(ApplicationExtension.class)
class FormulaLimitsUiTest {
    private I18n i18n;
    private OptimizerLabModel model;

    @Start
    void start(Stage stage) {
        Fonts.load();
        i18n = new I18n(Language.ENGLISH);
        OptimizerLab lab = new OptimizerLab(i18n, (name, extension) -> Optional.empty());
        model = lab.model();
        Scene scene = new Scene((javafx.scene.Parent) lab.view(), 1200, 760);
        new Appearance(Theme.LIGHT, 100).style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private String enter(FxRobot robot, String text) {
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        // Set, not typed: typing 40 000 characters through the robot would take minutes.
        robot.clickOn(formula).interact(() -> formula.setText(text));
        robot.type(KeyCode.ENTER);
        Label error = robot.lookup("#optimizer-formula-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        return error.getText();
    }

    @Test
    void tooLongAndTooDeepFormulasNameTheirLimitInline(FxRobot robot) {
        assertEquals("The formula has 40,001 characters; the limit is 10,000. The last good surface stays.",
                enter(robot, "(".repeat(20_000) + "x" + ")".repeat(20_000)));
        assertEquals("The formula nests deeper than 100 levels (parentheses, functions, signs and powers) at "
                + "character 101. The last good surface stays.", enter(robot, "-".repeat(300) + "x"));
        assertEquals(PresetSurface.BOOK, model.surface());

        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("식이 59,999글자로, 한도 10,000글자를 넘습니다. 마지막으로 올바른 함수를 그대로 둡니다.",
                enter(robot, "x" + "+x".repeat(29_999)));
        assertEquals(PresetSurface.BOOK, model.surface());
    }
}
