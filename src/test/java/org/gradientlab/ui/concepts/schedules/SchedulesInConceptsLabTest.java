package org.gradientlab.ui.concepts.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.RecordingLab;

/** The page inside the concepts lab: training goes on while another page shows, and its curves wait. */
@ExtendWith(ApplicationExtension.class)
class SchedulesInConceptsLabTest {
    private SchedulesPage page;
    private ConceptsLab lab;

    @Start
    void start(Stage stage) {
        page = new SchedulesPage(new I18n(Language.ENGLISH));
        lab = new ConceptsLab(new I18n(Language.ENGLISH), List.of(page, new RecordingLab("other")));
        UiTestKit.show(stage, lab);
    }

    @Test
    void curvesAndEditsStayWhileAnotherPageShows(FxRobot robot) throws Exception {
        TextField iterations = robot.lookup("#schedules-iterations").queryAs(TextField.class);
        robot.interact(() -> iterations.setText("50"));
        robot.clickOn("#schedules-train");
        robot.clickOn("#concept-nav-other");
        UiTestKit.waitUntil(60, () -> page.scheduleRun().stateProperty().get() == LossRun.State.DONE);
        robot.clickOn("#concept-nav-schedules");

        assertSame(page, OnFx.call(() -> lab.pageProperty().get()));
        assertEquals("50", robot.lookup("#schedules-iterations").queryAs(TextField.class).getText());
        for (CurveFigure.Curve curve : OnFx.call(() -> page.lossFigure().curves())) {
            assertEquals(50, curve.y().length, curve.labelKey());
        }
    }
}
