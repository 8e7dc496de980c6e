package org.gradientlab.ui.concepts.preprocessing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.PaintedLanguage;

/** The PCA's picture grid draws its words in the language of the moment; image counts are grouped by Num. */
@ExtendWith(ApplicationExtension.class)
class MnistPcaGridLanguageTest {
    private final I18n i18n = new I18n(Language.ENGLISH);
    private MnistPcaView view;

    @Start
    void start(Stage stage) {
        view = new MnistPcaView(i18n, 1000, () -> Mnist.bundled().train());
        UiTestKit.show(stage, view, 1000, 700);
    }

    @Test
    void theComponentGridIsPaintedAgainInKoreanAndBackInEnglish(FxRobot robot) {
        String caption = OnFx.call(() -> ((Label) view.lookup("#prep-mnist-caption")).getText());
        assertTrue(caption.contains("first 1,000 MNIST training images"), caption);
        robot.interact(view::start);
        UiTestKit.waitUntil(120, () -> view.grid().imagesShown() > 0);
        PaintedLanguage.assertFollowsTheLanguage(robot, i18n, view.grid(), "mean image", "평균 이미지");
        String status = OnFx.call(() -> ((Label) view.lookup("#prep-mnist-status")).getText());
        assertTrue(status.startsWith("1,000 images, "), status);
    }
}
