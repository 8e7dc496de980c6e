package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.core.nn.LayerStats;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/**
 * Two real runs of the init comparison (std 0.01, Xavier, He) on the bundled MNIST, one of 200
 * iterations and one of 100, compared in "Inside the net": std 0.01 of the first on the left, He
 * of the second on the right, on shared axes. With {@code -Dcompare.shots=DIR} it also writes
 * the tab in English and Korean as PNG files.
 */
@ExtendWith(ApplicationExtension.class)
class InsideCompareTest {
    private TrainingLab lab;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        // The whole window (menu bar, lab tabs, progress) as a user sees it at 1280×720.
        UiTestKit.Window window = UiTestKit.mainView(stage, Language.ENGLISH, 100, 1280, 720);
        window.view().select("training");
        lab = (TrainingLab) window.view().currentLab();
        i18n = window.i18n();
    }

    private void edit(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private void train(FxRobot robot, String length) {
        edit(robot, "#param-length", length);
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(60, () -> OnFx.call(() -> lab.model().stateProperty().get()) == RunState.FINISHED);
        robot.interact(() -> { });
    }

    private static List<LayerStatsRecord> ofSeries(List<LayerStatsRecord> records, int series) {
        return records.stream().filter(r -> r.seriesIndex() == series).toList();
    }

    private String heading(FxRobot robot, InsideView column) {
        return OnFx.call(() -> robot.from(column.view()).lookup(".section-title").queryAs(Label.class).getText());
    }

    @Test
    void twoPickedRunsShowSideBySideOnSharedAxesAndARemovedRunLeavesItsColumn(FxRobot robot) throws Exception {
        robot.interact(() -> lab.model().choosePreset(Preset.INIT));
        edit(robot, "#param-train-size", "2000");
        train(robot, "200");
        train(robot, "100");
        List<FinishedRun> runs = OnFx.call(() -> List.copyOf(lab.model().runs()));
        FinishedRun second = runs.get(0);
        FinishedRun first = runs.get(1);
        // The finished runs kept their statistics: 3 series × 11 samples (1, 20, …, 200) and 3 × 6 (1, 20, …, 100).
        assertEquals(33, first.layerStats.size());
        assertEquals(18, second.layerStats.size());

        robot.clickOn("Inside the net");
        robot.clickOn("#inside-compare");
        InsideCompare compare = lab.compare();
        // Ticking takes the two newest runs: the older on the left.
        assertSame(first, OnFx.call(() -> compare.left().getValue()));
        assertSame(second, OnFx.call(() -> compare.right().getValue()));
        InsideView left = compare.leftView();
        InsideView right = compare.rightView();
        robot.interact(() -> right.series().getSelectionModel().select(2));

        // Each column holds its own run's records of its chosen series: std 0.01 of #1, He of #2.
        assertEquals(ofSeries(first.layerStats, 0), OnFx.call(() -> left.strips().records()));
        List<LayerStatsRecord> he = OnFx.call(() -> right.strips().records());
        assertEquals(ofSeries(second.layerStats, 2), he);
        assertEquals(List.of(1, 20, 40, 60, 80, 100), he.stream().map(LayerStatsRecord::iteration).toList());
        assertTrue(he.stream().allMatch(r -> r.series().equals("he")));
        assertTrue(heading(robot, left).startsWith("#1 "), heading(robot, left));
        assertTrue(heading(robot, right).startsWith("#2 "), heading(robot, right));
        // The two runs differ only in their iterations: the headers say so (issue 18.2).
        assertTrue(heading(robot, left).contains(" · 200 iterations · "), heading(robot, left));
        assertTrue(heading(robot, right).contains(" · 100 iterations · "), heading(robot, right));
        // Under headers wrapped onto two lines, each column's layer key can still be scrolled to and seen whole.
        for (Language language : Language.values()) {
            robot.interact(() -> i18n.setLanguage(language));
            UiTestKit.settle();
            for (InsideView column : List.of(left, right)) {
                String problem = OnFx.call(() -> InsideLayoutTest.wholeInWindow(column.view().lookup("#inside-key")));
                assertNull(problem, language + ": " + problem);
            }
        }
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));

        // The same axes on both sides, and they hold every value of both runs.
        for (var plot : List.<java.util.function.Function<InsideView, org.gradientlab.ui.kit.plot.CurvePlot>>of(
                InsideView::dead, InsideView::gradient, InsideView::ratio)) {
            assertEquals((double) OnFx.call(() -> plot.apply(left).yLower()),
                    (double) OnFx.call(() -> plot.apply(right).yLower()));
            assertEquals((double) OnFx.call(() -> plot.apply(left).yUpper()),
                    (double) OnFx.call(() -> plot.apply(right).yUpper()));
        }
        assertArrayEquals(OnFx.call(() -> left.strips().range()), OnFx.call(() -> right.strips().range()));
        double gradientLow = OnFx.call(() -> left.gradient().yLower());
        double gradientHigh = OnFx.call(() -> left.gradient().yUpper());
        double ratioLow = OnFx.call(() -> left.ratio().yLower());
        double ratioHigh = OnFx.call(() -> left.ratio().yUpper());
        for (FinishedRun run : List.of(first, second)) {
            for (LayerStatsRecord record : run.layerStats) {
                for (LayerStats layer : record.layers()) {
                    within(layer.gradientNorm(), gradientLow, gradientHigh);
                    within(layer.updateRatio(), ratioLow, ratioHigh);
                }
            }
        }
        // std 0.01 barely moves (ratios below 1e-5), He moves near the guide (above 1e-4): one axis holds both.
        assertTrue(ratioLow <= -5 && ratioHigh >= -3, ratioLow + " " + ratioHigh);

        String shots = System.getProperty("compare.shots");
        if (shots != null) {
            Path dir = Files.createDirectories(Path.of(shots));
            InsideViewTest.shoot(robot, lab, dir.resolve("compare-en.png"));
            robot.interact(() -> i18n.setLanguage(Language.KOREAN));
            InsideViewTest.shoot(robot, lab, dir.resolve("compare-ko.png"));
            robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        }

        // Removing run #1 from the list empties the left column; the right one stays as it was (He).
        @SuppressWarnings("unchecked")
        ListView<FinishedRun> list = robot.lookup("#training-runs").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(first);
            list.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        assertEquals(List.of(second), OnFx.call(() -> List.copyOf(lab.model().runs())));
        assertNull(OnFx.call(() -> compare.left().getValue()));
        assertEquals(List.of(), OnFx.call(() -> left.strips().records()));
        assertEquals(0, (int) OnFx.call(() -> left.gradient().curveCount()));
        assertEquals("No run chosen", heading(robot, left));
        assertSame(second, OnFx.call(() -> compare.right().getValue()));
        assertEquals(he, OnFx.call(() -> right.strips().records()));
    }

    /** A positive finite value lies on the log axis [low, high] (exponents); 0 or NaN is not drawn. */
    private static void within(double value, double low, double high) {
        if (value > 0 && Double.isFinite(value)) {
            double exponent = Math.log10(value);
            assertTrue(exponent >= low && exponent <= high, value + " outside 10^" + low + "..10^" + high);
        }
    }
}
