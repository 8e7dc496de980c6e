package org.gradientlab.ui.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.shell.MainView;
import org.gradientlab.ui.shell.MenuActions;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/** The window as shipped: the gallery's "send" reaches the real initialization lab and brings it to the front. */
@ExtendWith(ApplicationExtension.class)
class SendToInitLabTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Language.ENGLISH);
        view = new MainView(i18n, new Appearance(Theme.LIGHT, 100), Labs.standard(i18n), MenuActions.NONE);
        UiTestKit.show(stage, view, UiTestKit.WIDTH, UiTestKit.HEIGHT);
    }

    @Test
    void sendingTanhFromTheGallerySwitchesTheInitLabToTanhAndShowsIt(FxRobot robot) {
        robot.clickOn("#tab-concepts");
        robot.clickOn("#concept-nav-activations");
        robot.clickOn("#activations-fn-tanh");
        robot.clickOn("#activations-send");
        List<Lab> labs = view.labs();
        Lab init = labs.stream().filter(l -> l.id().equals("init")).findFirst().orElseThrow();
        assertSame(init, OnFx.call(view::currentLab));
        assertEquals(Activation.TANH, OnFx.call(() -> ((InitLab) init).model().settings().activation()));
    }
}
