package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.text.ScreenTexts;

/**
 * After a run, a switch of language rewrites everything the run left on screen: the count
 * ("반복: 8,000 중 8,000"), the status ("0:15 만에 끝났습니다."), the finished-run entry and the legends.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingLanguageSwitchTest {
    private final I18n korean = new I18n(Language.KOREAN);
    private final I18n english = new I18n(Language.ENGLISH);
    private TrainingLab inKorean;
    private TrainingLab inEnglish;

    @Start
    void start(Stage stage) {
        inKorean = new TrainingLab(korean, new ScriptedBackend(4, 200_000), CoreBackend::preset);
        inEnglish = new TrainingLab(english, new ScriptedBackend(4, 200_000), CoreBackend::preset);
        // One window each: the headless screen is no wider than one lab.
        stage.setScene(new Scene((Parent) inKorean.view(), 1240, 780));
        stage.show();
        Stage second = new Stage();
        second.setScene(new Scene((Parent) inEnglish.view(), 1240, 780));
        second.show();
    }

    private static void run(FxRobot robot, TrainingLab lab) throws Exception {
        robot.interact(() -> {
            ((TextField) lab.view().lookup("#param-length")).setText("50");
            ((Button) lab.view().lookup("#training-start")).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> OnFx.call(() -> lab.model().stateProperty().get() == RunState.FINISHED));
    }

    /**
     * The texts, less the measured speed and with times as T (two runs never take the same time),
     * and less the axes' tick numbers: how many fit depends on the layout, not the language.
     */
    private static List<String> texts(TrainingLab lab) {
        return ScreenTexts.settled(lab.view()).stream().filter(t -> !t.startsWith("#training-speed"))
                .filter(t -> !t.matches("[−\\d.,]+"))
                .map(t -> t.replaceAll("\\d+:\\d\\d", "T")).toList();
    }

    @Test
    void aRunMadeInKoreanReadsAsAnEnglishRunAfterTheSwitchAndBack(FxRobot robot) throws Exception {
        run(robot, inKorean);
        run(robot, inEnglish);
        List<String> koreanRun = texts(inKorean);
        assertTrue(koreanRun.stream().anyMatch(t -> t.contains("만에 끝났습니다")), String.join("\n", koreanRun));
        robot.interact(() -> korean.setLanguage(Language.ENGLISH));
        List<String> switched = texts(inKorean);
        assertEquals(String.join("\n", texts(inEnglish)), String.join("\n", switched));
        assertEquals(List.of(), switched.stream().filter(ScreenTexts::hasHangul).toList());
        robot.interact(() -> {
            korean.setLanguage(Language.KOREAN);
            english.setLanguage(Language.KOREAN);
        });
        assertEquals(String.join("\n", koreanRun), String.join("\n", texts(inKorean)));
        assertEquals(String.join("\n", koreanRun), String.join("\n", texts(inEnglish)));
    }
}
