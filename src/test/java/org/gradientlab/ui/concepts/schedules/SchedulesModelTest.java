package org.gradientlab.ui.concepts.schedules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Label;
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

/** The page's model as a saved scene uses it: typed by hand, captured, restored in a fresh page. */
@ExtendWith(ApplicationExtension.class)
class SchedulesModelTest {
    private static final List<String> FIELDS = List.of("#schedules-lr0", "#schedules-iterations",
            "#schedules-step-every", "#schedules-step-gamma", "#schedules-exp-k", "#schedules-inv-k");
    private SchedulesPage page;

    @Start
    void start(Stage stage) {
        page = new SchedulesPage(new I18n(Language.ENGLISH));
        UiTestKit.show(stage, page);
    }

    private static void edit(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static String text(SchedulesPage in, String id) {
        return OnFx.call(() -> ((TextField) in.view().lookup(id)).getText());
    }

    @Test
    void aSetupTypedInTheFieldsComesBackInAFreshPage(FxRobot robot) {
        edit(robot, "#schedules-lr0", "0.5");
        edit(robot, "#schedules-iterations", "300");
        edit(robot, "#schedules-step-every", "50");
        edit(robot, "#schedules-step-gamma", "0.3");
        edit(robot, "#schedules-exp-k", "0.01");
        edit(robot, "#schedules-inv-k", "0.02");
        SchedulesSetup setup = OnFx.call(() -> page.model().setup());
        assertEquals(new SchedulesSetup(0.5, 50, 0.3, 0.01, 0.02, 300), setup);

        SchedulesPage fresh = OnFx.call(() -> {
            SchedulesPage other = new SchedulesPage(new I18n(Language.ENGLISH));
            assertSame(other.model(), other.setupModel(null).orElseThrow());
            other.model().apply(setup);
            UiTestKit.show(new Stage(), other);
            return other;
        });
        for (String id : FIELDS) {
            assertEquals(text(page, id), text(fresh, id), id);
        }
        for (int schedule = 0; schedule < 4; schedule++) {
            int s = schedule;
            assertArrayEquals(OnFx.call(() -> page.rateFigure().curves().get(s).y()),
                    OnFx.call(() -> fresh.rateFigure().curves().get(s).y()), "rate of schedule " + s);
        }
        assertEquals(setup, OnFx.call(() -> fresh.model().setup()));
    }

    @Test
    void applyCancelsARunAndForgetsItsCurves(FxRobot robot) throws Exception {
        robot.clickOn("#schedules-train");
        assertTrue(OnFx.call(() -> page.scheduleRun().isBusy()));
        SchedulesSetup next = new SchedulesSetup(0.2, 100, 0.5, 0.001, 0.004, 400);
        OnFx.call(() -> {
            page.model().apply(next);
            return null;
        });
        assertFalse(OnFx.call(() -> page.scheduleRun().isBusy()));
        Thread.sleep(300);
        assertEquals(LossRun.State.IDLE, OnFx.call(() -> page.scheduleRun().stateProperty().get()));
        assertTrue(OnFx.call(() -> page.lossFigure().curves().stream().allMatch(c -> c.y().length == 0)));
        assertFalse(robot.lookup("#schedules-stale").queryAs(Label.class).isVisible());
        assertEquals("0.2", text(page, "#schedules-lr0"));
        assertEquals(400, OnFx.call(() -> page.rateFigure().curves().get(0).y().length));
    }

    @Test
    void aResetClearsBadTextThoughTheSettingsWereTheDefaults(FxRobot robot) {
        edit(robot, "#schedules-exp-k", "-1");
        assertFalse(OnFx.call(() -> page.model().editorsValidProperty().get()));
        OnFx.call(() -> {
            page.model().reset();
            return null;
        });
        assertEquals("0.00115", text(page, "#schedules-exp-k"));
        assertFalse(robot.lookup("#schedules-exp-k-error").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#schedules-train").queryButton().isDisabled());
    }
}
