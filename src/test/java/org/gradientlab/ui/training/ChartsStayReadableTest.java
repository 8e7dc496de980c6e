package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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

/**
 * After a run the test digits appear under the curves. In the lab's share of a 1280 x 720
 * projector (the window less its menu bar and tabs) they squeezed the loss and accuracy plots to
 * about 35 px of plot each: the curves keep a readable height and the figure scrolls to the digits.
 */
@ExtendWith(ApplicationExtension.class)
class ChartsStayReadableTest {
    private static final double LAB_WIDTH = 1280;
    private static final double LAB_HEIGHT = 640;
    private final I18n i18n = new I18n(Language.ENGLISH);
    private TrainingLab lab;

    @Start
    void start(Stage stage) {
        lab = new TrainingLab(i18n, new CoreBackend(), CoreBackend::preset);
        UiTestKit.show(stage, lab, LAB_WIDTH, LAB_HEIGHT);
    }

    @Test
    void theDigitsUnderTheCurvesDoNotSqueezeThemAndCanBeScrolledTo(FxRobot robot) {
        TextField length = robot.lookup("#param-length").queryAs(TextField.class);
        robot.interact(() -> length.setText("20"));
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(60, () -> OnFx.call(() -> lab.model().stateProperty().get() == RunState.FINISHED
                && !lab.model().isRunning() && lab.digits().view().isVisible()));
        robot.interact(() -> { });
        double loss = OnFx.call(() -> lab.charts().loss().getHeight());
        double accuracy = OnFx.call(() -> lab.charts().accuracy().getHeight());
        assertTrue(loss >= 180 && accuracy >= 180, "loss chart " + loss + " px, accuracy chart " + accuracy + " px");
        boolean digitsInAScrollPane = OnFx.call(() -> {
            for (javafx.scene.Parent p = lab.digits().view().getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(digitsInAScrollPane, "the digits are reached by scrolling");
    }
}
