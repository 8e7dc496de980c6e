package org.gradientlab.ui.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.Labs;

/**
 * Every lab and every concepts page, switched from one language to the other, reads exactly as a
 * fresh start in the second language: no text stays in the language it was made in.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    private final StackPane host = new StackPane();

    @Start
    void start(Stage stage) {
        // Styled as the app's windows are: a page's colours resolve against the theme.
        UiTestKit.show(stage, host, 1280, 800);
    }

    /** The main window's labs, then the concepts pages on their own. */
    private static List<Lab> every(I18n i18n) {
        List<Lab> labs = new ArrayList<>(Labs.standard(i18n));
        ConceptsLab concepts = labs.stream().filter(ConceptsLab.class::isInstance).map(ConceptsLab.class::cast)
                .findFirst().orElseThrow();
        labs.addAll(concepts.pages());
        return labs;
    }

    private List<String> shown(FxRobot robot, Lab lab) {
        robot.interact(() -> host.getChildren().setAll(lab.view()));
        return ScreenTexts.settled(lab.view());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void aSwitchedLabReadsAsAFreshStartInTheNewLanguage(int index, FxRobot robot) {
        for (Language from : Language.values()) {
            Language to = from == Language.ENGLISH ? Language.KOREAN : Language.ENGLISH;
            I18n i18n = new I18n(from);
            Lab switched = every(i18n).get(index);
            List<String> before = shown(robot, switched);
            robot.interact(() -> i18n.setLanguage(to));
            List<String> after = ScreenTexts.settled(switched.view());
            Lab fresh = every(new I18n(to)).get(index);
            List<String> expected = shown(robot, fresh);
            assertEquals(String.join("\n", expected), String.join("\n", after),
                    switched.id() + " switched from " + from + " to " + to);
            if (to == Language.ENGLISH) {
                assertEquals(List.of(), after.stream().filter(ScreenTexts::hasHangul).toList());
            }
            assertNotEquals(before, after, switched.id() + " showed no text that changes with the language");
        }
    }
}
