package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * Issue 15.3: nothing of an old run stays on screen once the settings change, and the run list
 * says which runs were stopped and lets them be renamed and removed.
 */
@ExtendWith(ApplicationExtension.class)
class StaleStateTest {
    private final ScriptedBackend fast = new ScriptedBackend(4, 200_000);
    private final I18n i18n = new I18n(Language.ENGLISH);
    private TrainingLab lab;

    @Start
    void start(Stage stage) {
        lab = new TrainingLab(i18n, fast, CoreBackend::preset);
        UiTestKit.show(stage, lab);
    }

    private void edit(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private String label(FxRobot robot, String id) {
        return OnFx.call(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private RunState state() {
        return OnFx.call(() -> lab.model().stateProperty().get());
    }

    private void runToTheEnd(FxRobot robot, String length) {
        edit(robot, "#param-length", length);
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(30, () -> state() == RunState.FINISHED && !lab.model().isRunning());
    }

    /** The texts of the run list's entries, top (newest) first. */
    private List<String> entries(FxRobot robot) {
        return OnFx.call(() -> robot.lookup(".training-run-label").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getParent() != null && l.getParent().getParent() != null
                        && l.getScene() != null && l.getText() != null && !l.getText().isEmpty())
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(Label::getText).toList());
    }

    @Test
    void choosingAnotherPresetClearsTheProgressTheFinishedLineTheDigitChooserAndTheCurves(FxRobot robot) {
        double[] emptyY = OnFx.call(() -> new double[] {lab.charts().loss().yLower(), lab.charts().loss().yUpper()});
        runToTheEnd(robot, "40");
        double[] ranY = OnFx.call(() -> new double[] {lab.charts().loss().yLower(), lab.charts().loss().yUpper()});
        assertEquals(40.0, OnFx.call(() -> lab.charts().loss().xUpper()), "the x axis spans the run");
        assertEquals("iterations: 160 of 160", label(robot, "#training-count"));
        assertTrue(label(robot, "#training-status").startsWith("Finished in"), label(robot, "#training-status"));
        assertEquals(4, OnFx.call(() -> lab.digitsSeries().getItems().size()));
        assertEquals(8, OnFx.call(() -> lab.charts().loss().curveCount()), "raw, smoothed per series in the loss chart");

        ComboBox<?> preset = robot.lookup("#param-preset").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<Preset>) preset).setValue(Preset.INIT));

        assertEquals("", label(robot, "#training-count"), "no count of the old run");
        assertEquals("", label(robot, "#training-status"), "no \"Finished in\" of the old run");
        assertEquals(0.0, OnFx.call(() -> robot.lookup("#training-progress")
                .queryAs(javafx.scene.control.ProgressBar.class).getProgress()));
        assertTrue(OnFx.call(() -> lab.digitsSeries().getItems().isEmpty()), "no series of the old run to choose");
        assertEquals(0, OnFx.call(() -> lab.charts().loss().curveCount()), "no curve of the old run");
        // Issue 15.3: no axis range of the old run either: the new preset's length, the empty chart's y.
        assertEquals((double) CoreBackend.preset(Preset.INIT).length(), OnFx.call(() -> lab.charts().loss().xUpper()),
                "the x axis spans the new preset's run");
        assertEquals(java.util.Arrays.toString(emptyY), OnFx.call(() -> java.util.Arrays.toString(
                new double[] {lab.charts().loss().yLower(), lab.charts().loss().yUpper()})),
                "the y axis of an empty chart, not the old run's " + java.util.Arrays.toString(ranY));
        assertEquals(1, OnFx.call(() -> lab.model().runs().size()), "the run stays listed");
        assertFalse(OnFx.call(() -> lab.model().runs().get(0).shown.get()), "but no longer ticked");
    }

    @Test
    void aNewLengthEmptiesTheChartsAndTheCaptionFollowsTheSettingsInEffect(FxRobot robot) {
        runToTheEnd(robot, "40");
        String caption = label(robot, "#training-caption");
        assertTrue(caption.contains("40"), caption);
        edit(robot, "#param-length", "70");
        assertEquals("", label(robot, "#training-count"));
        assertEquals("", label(robot, "#training-status"));
        assertEquals(0, OnFx.call(() -> lab.charts().loss().curveCount()));
        String edited = label(robot, "#training-caption");
        assertTrue(edited.contains("70") && !edited.contains("40 "), edited);
        // Ticking the old run shows it again, and the caption describes that run, not the editors.
        robot.interact(() -> lab.model().runs().get(0).shown.set(true));
        assertEquals(8, OnFx.call(() -> lab.charts().loss().curveCount()));
        assertEquals(caption, label(robot, "#training-caption"));
    }

    @Test
    void theInvalidSettingsLineLeavesOnceTheSettingIsFixed(FxRobot robot) {
        edit(robot, "#param-length", "many");
        robot.clickOn("#training-start");
        assertEquals(i18n.text("training.status.invalid"), label(robot, "#training-status"));
        assertTrue(OnFx.call(() -> lab.model().statusIsErrorProperty().get()));
        // Back to the value held before: the settings did not change, but they are valid again.
        edit(robot, "#param-length", String.valueOf(CoreBackend.preset(Preset.OPTIMIZERS).length()));
        assertEquals("", label(robot, "#training-status"));
        assertFalse(OnFx.call(() -> lab.model().statusIsErrorProperty().get()));
    }

    @Test
    void aStoppedRunIsMarkedAndRunsAreRenamedAndRemovedWithTheChartsFollowing(FxRobot robot) {
        edit(robot, "#param-length", "1000000");
        // A seed is an id: written as typed, 52075, never grouped as a count (52,075).
        edit(robot, "#param-seed", "52075");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(10, () -> lab.model().samples().size() > 20);
        robot.clickOn("#training-stop");
        UiTestKit.waitUntil(10, () -> state() == RunState.FINISHED && lab.model().runs().size() == 1);
        assertEquals(52075L, (long) OnFx.call(() -> lab.model().runs().get(0).parameters.seed()));
        long seed = 52075;
        // The name states the setting that sets the run apart from the experiment's defaults (issue 18.2).
        assertEquals(List.of("#1 stopped · Optimizer comparison · 1,000,000 iterations · seed 52075 · 4 series"),
                entries(robot));

        // F2 on the selected run edits its name in place; Enter keeps it.
        ListView<?> list = robot.lookup("#training-runs").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(list).type(KeyCode.F2);
        robot.lookup("#training-run-name").queryAs(TextField.class);
        robot.eraseText(1).write("baseline").type(KeyCode.ENTER);
        assertEquals(List.of("baseline — #1 stopped · Optimizer comparison · 1,000,000 iterations · seed " + seed
                + " · 4 series"),
                entries(robot));

        // A second run, to the end: not marked; both ticked overlay their curves.
        runToTheEnd(robot, "30");
        List<String> two = entries(robot);
        assertEquals(2, two.size());
        assertTrue(two.get(0).startsWith("#2 ") && !two.get(0).contains("stopped"), two.get(0));
        assertTrue(two.get(1).startsWith("baseline — #1"), two.get(1));
        robot.interact(() -> lab.model().runs().get(1).shown.set(true));
        assertEquals(16, OnFx.call(() -> lab.charts().loss().curveCount()), "8 series overlaid");

        // Delete removes the selected run (the stopped one); the overlay drops its curves.
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn(list).type(KeyCode.DELETE);
        assertEquals(1, entries(robot).size());
        assertTrue(entries(robot).get(0).startsWith("#2 "));
        assertEquals(8, OnFx.call(() -> lab.charts().loss().curveCount()));

        // The Remove button takes the last one; the charts empty.
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup(".scroll-pane").queryAllAs(javafx.scene.control.ScrollPane.class)
                .forEach(pane -> pane.setVvalue(pane.getVmax())));
        robot.clickOn("#training-run-remove");
        assertEquals(0, OnFx.call(() -> lab.model().runs().size()));
        assertEquals(0, OnFx.call(() -> lab.charts().loss().curveCount()));
    }

    @Test
    void theStoppedMarkFollowsTheLanguage(FxRobot robot) {
        edit(robot, "#param-length", "1000000");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(10, () -> lab.model().samples().size() > 20);
        robot.clickOn("#training-stop");
        UiTestKit.waitUntil(10, () -> state() == RunState.FINISHED && lab.model().runs().size() == 1);
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        String korean = entries(robot).get(0);
        assertTrue(korean.startsWith("#1 중단됨 · ") && korean.contains("시드"), korean);
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
    }
}
