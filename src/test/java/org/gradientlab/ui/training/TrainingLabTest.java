package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.data.IdxFormatException;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.core.experiment.training.ProgressCsv;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.text.ScreenTexts;

@ExtendWith(ApplicationExtension.class)
class TrainingLabTest {
    private final ScriptedBackend fast = new ScriptedBackend(4, 200_000);
    private final I18n i18n = new I18n(Language.ENGLISH);
    private TrainingLab lab;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        lab = new TrainingLab(i18n, fast, CoreBackend::preset);
        UiTestKit.show(stage, lab);
    }

    @Test
    void chosenExperimentAndOptimizerAreRenamedWhenTheLanguageChanges(FxRobot robot) {
        ComboBox<?> preset = robot.lookup("#param-preset").queryAs(ComboBox.class);
        String english = shownText(robot, preset);
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        String korean = shownText(robot, preset);
        assertEquals(i18n.text(((Preset) preset.getValue()).nameKey()), korean);
        assertNotEquals(english, korean);
        ComboBox<?> optimizer = robot.lookup("#param-optimizer").queryAs(ComboBox.class);
        assertEquals(ParameterForm.optimizerName(i18n, (OptimizerKind) optimizer.getValue()), shownText(robot, optimizer));
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
    }

    @Test
    void theLengthTypedKeyByKeyIsTheLengthThatRuns(FxRobot robot) {
        TextField length = robot.lookup("#param-length").queryAs(TextField.class);
        robot.clickOn(length);
        robot.interact(length::selectAll);
        robot.write("200");
        assertEquals("200", length.getText());
        assertEquals(200, OnFx.call(() -> lab.model().parametersProperty().get().length()),
                "the last keystroke reached the model (it used to stop at 20)");
        robot.write("0");
        assertEquals(2000, OnFx.call(() -> lab.model().parametersProperty().get().length()));
    }

    /** The text of the cell the closed combo box shows (not a cell of its popup list). */
    private static String shownText(FxRobot robot, ComboBox<?> box) {
        ListCell<?> cell = robot.from(box).lookup((ListCell<?> c) -> c.getParent() == box).queryAs(ListCell.class);
        return cell.getText();
    }

    private void setLength(FxRobot robot, String text) {
        TextField length = robot.lookup("#param-length").queryAs(TextField.class);
        robot.interact(() -> length.setText(text));
    }

    /**
     * CSV files that cannot be written: the status line names the chosen folder and the reason in
     * Korean, and in English after the switch; nothing is left behind. (Run as root, a read-only
     * folder would be written anyway: a missing folder and a folder in a file's place fail for real.)
     */
    @Test
    void aFailedCsvExportNamesTheFolderAndTheReasonInTheCurrentLanguage(FxRobot robot) throws Exception {
        setLength(robot, "50");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(10, () -> lab.model().runs().size() == 1);
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        Path missing = dir.resolve("no-such-folder");
        assertEquals(List.of(), OnFx.call(() -> lab.model().exportCsv(missing)));
        String korean = status(robot);
        assertTrue(korean.contains(missing.toString()) && korean.contains("저장하지 못했습니다")
                && korean.contains("폴더가 없습니다"), korean);
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        String english = status(robot);
        assertTrue(english.contains(missing.toString()) && english.contains("This folder does not exist"), english);
        assertFalse(ScreenTexts.hasHangul(english), english);

        // A folder where the first series' file should go: refused, and nothing written beside it.
        List<String> names = OnFx.call(() -> ProgressCsv.fileNames(
                lab.model().ticked().get(0).series.stream().map(TrainingBackend.Series::name).toList()));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path taken = Files.createDirectories(out.resolve(names.get(0)));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals(List.of(), OnFx.call(() -> lab.model().exportCsv(out)));
        assertTrue(status(robot).contains(out.toString()) && status(robot).contains("폴더나 장치입니다"), status(robot));
        try (var left = Files.list(out)) {
            assertEquals(List.of(taken), left.toList(), "no temporary file is left");
        }
    }

    private String status(FxRobot robot) {
        return robot.lookup("#training-status").queryAs(Label.class).getText();
    }

    @Test
    void aShortRunFillsTheLossChartAndFinishesTheProgressBar(FxRobot robot) throws Exception {
        setLength(robot, "50");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(10, () -> lab.model().stateProperty().get() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        for (int curve = 0; curve < 4; curve++) {
            int c = curve;
            assertEquals(50, OnFx.call(() -> lab.charts().loss().data(2 * c).size()), "loss points of " + c);
        }
        assertTrue(OnFx.call(() -> lab.charts().loss().drawnPoints(0)) > 0);
        assertEquals(1.0, OnFx.call(() -> robot.lookup("#training-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress()), 1e-9);
        assertTrue(robot.lookup("#training-status").queryAs(Label.class).getText().startsWith("Finished"));
        assertFalse(robot.lookup("#training-start").queryButton().isDisabled());
    }

    @Test
    void stopEndsARunWithinASecondAndTheLabStaysUsable(FxRobot robot) throws Exception {
        setLength(robot, "1000000");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(5, () -> lab.charts().loss().data(0).size() > 5);
        Button stop = robot.lookup("#training-stop").queryButton();
        // fire(), not clickOn: the robot's mouse travel is not part of the lab's reaction time.
        long clicked = System.nanoTime();
        robot.interact(stop::fire);
        UiTestKit.waitUntil(1, () -> lab.model().stateProperty().get() == RunState.FINISHED);
        assertTrue(System.nanoTime() - clicked < 1_000_000_000L, "stopped within a second");
        assertTrue(robot.lookup("#training-status").queryAs(Label.class).getText().startsWith("Stopped"));
        setLength(robot, "20");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(10, () -> lab.model().stateProperty().get() == RunState.FINISHED);
        assertEquals(20, OnFx.call(() -> lab.charts().loss().data(0).size()));
    }

    @Test
    void pauseHoldsTheCurvesUntilResume(FxRobot robot) throws Exception {
        setLength(robot, "1000000");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(5, () -> lab.charts().loss().data(0).size() > 5);
        robot.clickOn("#training-pause");
        assertEquals("Resume", robot.lookup("#training-pause").queryButton().getText());
        Thread.sleep(150);
        int held = OnFx.call(() -> lab.charts().loss().data(0).size());
        Thread.sleep(150);
        assertEquals(held, OnFx.call(() -> lab.charts().loss().data(0).size()), "no points while paused");
        robot.clickOn("#training-pause");
        UiTestKit.waitUntil(5, () -> lab.charts().loss().data(0).size() > held);
        robot.clickOn("#training-stop");
        UiTestKit.waitUntil(2, () -> lab.model().stateProperty().get() == RunState.FINISHED);
    }

    @Test
    void invalidTextShowsItsMessageAndStartRefuses(FxRobot robot) {
        TextField lr = robot.lookup("#param-lr").queryAs(TextField.class);
        robot.interact(() -> lr.setText("fast"));
        Label error = robot.lookup("#param-lr-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Enter a number, e.g. 0.01.", error.getText());
        robot.clickOn("#training-start");
        assertFalse(lab.model().isRunning());
        assertTrue(robot.lookup("#training-status").queryAs(Label.class).getText().contains("invalid"));
        robot.interact(() -> lr.setText("0.01"));
        assertFalse(error.isVisible());
    }

    @Test
    void aCorruptFileShowsItsNameAndTheLabStaysUsable(FxRobot robot) throws Exception {
        fast.failure = new IdxFormatException("/data/mnist/train-labels-idx1-ubyte",
                "truncated: 58 of 60008 bytes");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(5, () -> lab.model().stateProperty().get() == RunState.FINISHED);
        String status = robot.lookup("#training-status").queryAs(Label.class).getText();
        assertTrue(status.contains("train-labels-idx1-ubyte") && status.contains("truncated"), status);
        fast.failure = null;
        setLength(robot, "10");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(5, () -> lab.model().stateProperty().get() == RunState.FINISHED
                && lab.charts().loss().data(0).size() == 10);
    }

    @Test
    void batchNormPresetDrawsSixteenSmallMultiples(FxRobot robot) throws Exception {
        ScriptedBackend pairs = new ScriptedBackend(32, 100_000);
        TrainingLab bn = OnFx.call(() -> new TrainingLab(new I18n(Language.ENGLISH), pairs, CoreBackend::preset));
        OnFx.call(() -> {
            bn.view();
            bn.model().choosePreset(Preset.BATCH_NORM);
            bn.model().start(false);
            return null;
        });
        UiTestKit.waitUntil(10, () -> bn.model().stateProperty().get() == RunState.FINISHED);
        assertEquals(16, bn.charts().panels().size());
        assertEquals(20, OnFx.call(() -> bn.charts().panels().get(15).data(1).size()), "no-BN epochs of the last cell");
        assertEquals(1000, pairs.lastParameters.trainSize());
    }

    @Test
    void againStartsWithAFreshSeed(FxRobot robot) throws Exception {
        setLength(robot, "5");
        robot.clickOn("#training-again");
        UiTestKit.waitUntil(5, () -> lab.model().stateProperty().get() == RunState.FINISHED);
        long seed = fast.lastParameters.seed();
        assertEquals(String.valueOf(seed), robot.lookup("#param-seed").queryAs(TextField.class).getText());
        Button again = robot.lookup("#training-again").queryButton();
        robot.clickOn(again);
        UiTestKit.waitUntil(5, () -> lab.model().stateProperty().get() == RunState.FINISHED);
        assertTrue(fast.lastParameters.seed() != seed || seed == 0, "a new seed");
    }

    @Test
    void twoFinishedRunsCanBeOverlaid(FxRobot robot) throws Exception {
        setLength(robot, "30");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(5, () -> lab.model().runs().size() == 1);
        setLength(robot, "40");
        robot.clickOn("#training-again");
        UiTestKit.waitUntil(5, () -> lab.model().runs().size() == 2);
        assertEquals(4, OnFx.call(() -> lab.charts().loss().data(6) != null ? 4 : 0));
        OnFx.call(() -> {
            lab.model().runs().get(1).shown.set(true);
            return null;
        });
        // 4 series of each run: raw and smoothed loss curves per series.
        assertEquals(40, OnFx.call(() -> lab.charts().loss().data(0).size()), "newest run first");
        assertEquals(30, OnFx.call(() -> lab.charts().loss().data(8).size()), "the older run overlaid");
        assertTrue(OnFx.call(() -> lab.charts().loss().legendText(4)).startsWith("#1 "));
    }

    @Test
    void hyperparameterTrialsFillTheScatterAndASortableTable(FxRobot robot) throws Exception {
        ScriptedBackend trials = new ScriptedBackend(30, 50_000);
        TrainingLab search = OnFx.call(() -> new TrainingLab(new I18n(Language.ENGLISH), trials,
                CoreBackend::preset));
        OnFx.call(() -> {
            search.view();
            search.model().choosePreset(Preset.HYPERPARAMETERS);
            search.model().start(false);
            return null;
        });
        UiTestKit.waitUntil(15, () -> search.model().stateProperty().get() == RunState.FINISHED);
        TrialsView view = search.charts().trials();
        assertEquals(30, OnFx.call(() -> view.table().getItems().size()));
        assertEquals(TrialsView.BEST, OnFx.call(view::bestShown));
        // The best finished trials as small multiples, best first, every epoch of both curves.
        List<TrialsView.Trial> grid = OnFx.call(() -> view.bestGrid().shown());
        assertEquals(TrialsView.BEST, grid.size());
        assertEquals(TrialsView.BEST, OnFx.call(() -> view.bestGrid().panels().size()));
        double worstShown = grid.get(grid.size() - 1).lastValidation;
        for (int i = 1; i < grid.size(); i++) {
            assertTrue(grid.get(i - 1).lastValidation >= grid.get(i).lastValidation, "best first");
        }
        for (TrialsView.Trial t : view.trials()) {
            assertTrue(grid.contains(t) || t.lastValidation <= worstShown, "trial " + t.index + " left out");
        }
        org.gradientlab.ui.kit.plot.CurvePlot first = OnFx.call(() -> view.bestGrid().panels().get(0));
        assertEquals(50, OnFx.call(() -> first.data(0).size()), "validation points of the best trial");
        assertEquals(grid.get(0).validation.y(49), OnFx.call(() -> first.data(0).y(49)));
        assertEquals(50, OnFx.call(() -> first.data(1).size()), "train points of the best trial");
        OnFx.call(() -> {
            var column = view.table().getColumns().get(3);
            column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            view.table().getSortOrder().setAll(java.util.List.of(column));
            view.table().getSelectionModel().select(0);
            return null;
        });
        double best = OnFx.call(() -> view.table().getItems().get(0).lastValidation);
        for (TrialsView.Trial t : view.trials()) {
            assertTrue(t.lastValidation <= best, "sorted best first");
        }
        // Selecting a trial shows its train and validation curves, one point per epoch.
        assertEquals(50, OnFx.call(() -> view.table().getSelectionModel().getSelectedItem().validation.size()));
    }

    @Test
    void theExportedFigureCarriesTheSettingsCaption(FxRobot robot) {
        setLength(robot, "20");
        javafx.scene.Node figure = lab.exportNode();
        Label caption = (Label) figure.lookup("#training-caption");
        assertTrue(caption.getText().contains("784-100-100-100-100-10") && caption.getText().contains("batch 128")
                && caption.getText().contains("20 iterations"), caption.getText());
        javafx.scene.image.WritableImage once = OnFx.call(
                () -> org.gradientlab.ui.export.ImageExport.snapshot(figure, 1));
        javafx.scene.image.WritableImage twice = OnFx.call(
                () -> org.gradientlab.ui.export.ImageExport.snapshot(figure, 2));
        assertEquals(2 * once.getWidth(), twice.getWidth(), 2);
        assertTrue(once.getWidth() > 600, "the figure is the charts, not the editors: " + once.getWidth());
    }
}
