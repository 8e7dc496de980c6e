package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.job.JobRunner;

/**
 * The race panel's cancel, with the worker held back so the click lands while the job runs:
 * the job ends cancelled, the buttons come back, and the runs keep their rates.
 */
@ExtendWith(ApplicationExtension.class)
class RacePanelCancelTest {
    private final List<Runnable> held = new CopyOnWriteArrayList<>();
    private OptimizerLabModel model;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        model = new OptimizerLabModel();
        RacePanel panel = new RacePanel(model, i18n, new JobRunner(held::add, Platform::runLater));
        UiTestKit.show(stage, panel, 420, 600);
    }

    private void releaseWorker() {
        List<Runnable> tasks = new ArrayList<>(held);
        held.clear();
        tasks.forEach(Runnable::run); // the worker's loop sees the cancel at its first check
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancellingTheTuningEndsItCancelledAndKeepsTheRates(FxRobot robot) {
        double before = model.run(OptimizerKind.SGD).settings().learningRate();
        robot.clickOn("#optimizer-tune");
        assertEquals(i18n.text("optimizer.race.tuning"), robot.lookup("#optimizer-race-status").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#optimizer-tune").queryAs(Button.class).isDisabled(), "one job at a time");
        assertTrue(robot.lookup("#optimizer-race-progress").queryAs(ProgressBar.class).isVisible());
        robot.clickOn("#optimizer-race-cancel");
        releaseWorker();
        assertEquals(i18n.text("optimizer.race.cancelled"), robot.lookup("#optimizer-race-status").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#optimizer-tune").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#optimizer-race-cancel").queryAs(Button.class).isDisabled());
        assertEquals(before, model.run(OptimizerKind.SGD).settings().learningRate());
        assertEquals("", robot.lookup("#optimizer-tuned").queryAs(Label.class).getText());
    }

    @Test
    void cancellingManyStartsShowsNoTable(FxRobot robot) {
        robot.clickOn("#optimizer-many-starts");
        assertEquals(i18n.text("optimizer.race.starting"), robot.lookup("#optimizer-race-status").queryAs(Label.class).getText());
        robot.clickOn("#optimizer-race-cancel");
        releaseWorker();
        assertEquals(i18n.text("optimizer.race.cancelled"), robot.lookup("#optimizer-race-status").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#starts-sgd-reached").tryQuery().isEmpty());
        assertFalse(robot.lookup("#optimizer-starts-table").queryAs(javafx.scene.Node.class).isVisible());
    }

    @Test
    void withNoRunShownTheButtonsSaySoAndStartNothing(FxRobot robot) {
        robot.interact(() -> model.runs().forEach(run -> run.enabledProperty().set(false)));
        robot.clickOn("#optimizer-tune");
        assertEquals(i18n.text("optimizer.race.none"), robot.lookup("#optimizer-race-status").queryAs(Label.class).getText());
        assertTrue(held.isEmpty(), "no job was started");
    }
}
