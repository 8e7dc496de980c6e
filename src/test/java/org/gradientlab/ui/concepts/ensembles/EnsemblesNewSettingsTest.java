package org.gradientlab.ui.concepts.ensembles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.concepts.ensembles.EnsemblesModel.Status;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.RecordingLab;

/** Issue 15.3: a result never stays beside a setting it was not computed with. */
@ExtendWith(ApplicationExtension.class)
class EnsemblesNewSettingsTest {
    private EnsemblesPage page;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Language.ENGLISH);
        page = new EnsemblesPage(i18n, new EnsemblesModel(EnsemblesPageTest.MEMBERS, EnsemblesPageTest.DROPOUT, 0));
        UiTestKit.show(stage, new ConceptsLab(i18n, List.of(page, new RecordingLab("other"))));
    }

    private void await(java.util.function.Supplier<Status> status) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> OnFx.call(status::get) != Status.RUNNING);
    }

    private String text(FxRobot robot, String id) {
        return OnFx.call(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void anotherDropoutRatioClearsTheNumbersOfTheOldOne(FxRobot robot) throws Exception {
        robot.clickOn("#ensembles-dropout-run");
        await(() -> page.model().dropoutStatusProperty().get());
        assertEquals("Done.", text(robot, "#ensembles-dropout-status"));
        assertNotEquals("—", text(robot, "#ensembles-scaled"));
        robot.clickOn("#ensembles-ratio").type(KeyCode.RIGHT);
        assertEquals(0.6, OnFx.call(() -> page.model().dropoutRatioProperty().get()), 1e-9);
        assertEquals("—", text(robot, "#ensembles-scaled"), "no accuracy of ratio 0.5 beside 0.6");
        assertEquals("—", text(robot, "#ensembles-averaged"));
        assertEquals("Not run yet.", text(robot, "#ensembles-dropout-status"));
        assertEquals(0.0, OnFx.call(() -> page.model().dropoutProgressProperty().get()));
    }

    @Test
    void anotherNumberOfNetsClearsTheOldEnsemble(FxRobot robot) throws Exception {
        robot.clickOn("#ensembles-nets").type(KeyCode.HOME).type(KeyCode.RIGHT, 1);
        robot.clickOn("#ensembles-train");
        await(() -> page.model().ensembleStatusProperty().get());
        assertEquals("Done.", text(robot, "#ensembles-status"));
        assertNotEquals("—", text(robot, "#ensembles-ensemble"));
        javafx.scene.control.Slider nets = robot.lookup("#ensembles-nets").queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> nets.setValue(3));
        assertEquals("Networks: 3", text(robot, "#ensembles-nets-label"));
        assertEquals("—", text(robot, "#ensembles-ensemble"), "no ensemble of 2 nets beside 3");
        assertEquals("—", text(robot, "#ensembles-best"));
        assertEquals("Not run yet.", text(robot, "#ensembles-status"));
    }
}
