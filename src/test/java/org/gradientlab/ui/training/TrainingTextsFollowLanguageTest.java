package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.PaintedLanguage;

/**
 * The training lab's texts that used to follow the language by hand: the layer key (a canvas)
 * repaints its names, and the bundled data line gives MNIST's sizes through Num.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingTextsFollowLanguageTest {
    private final I18n i18n = new I18n(Language.ENGLISH);
    private LayerKey key;
    private TrainingLab lab;

    @Start
    void start(Stage stage) {
        key = new LayerKey(i18n);
        key.show(List.of(true, true, false));
        lab = new TrainingLab(i18n, new CoreBackend(), CoreBackend::preset);
        VBox root = new VBox(new StackPane(key), (javafx.scene.Parent) lab.view());
        UiTestKit.show(stage, root, 1280, 720);
    }

    @Test
    void theLayerKeyIsPaintedAgainInKoreanAndBackInEnglish(FxRobot robot) {
        PaintedLanguage.assertFollowsTheLanguage(robot, i18n, key, "layer 2", "2층");
        assertEquals(List.of("layer 1", "layer 2", "output layer"), PaintedLanguage.painted(key).subList(0, 3));
    }

    @Test
    void theBundledDataLineGroupsMnistsSizesTheSameWayInBothLanguages(FxRobot robot) {
        Label data = robot.lookup("#training-data").queryAs(Label.class);
        String english = "The bundled MNIST (60,000 training and 10,000 test images)";
        assertEquals(english, OnFx.call(data::getText));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("내장 MNIST (훈련 이미지 60,000장, 시험 이미지 10,000장)", OnFx.call(data::getText));
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        assertEquals(english, OnFx.call(data::getText));
    }
}
