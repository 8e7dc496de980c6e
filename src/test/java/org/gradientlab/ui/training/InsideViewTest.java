package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.experiment.training.LayerStatsRecord;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/**
 * "Inside the net" on the real core: the init comparison (std 0.01, Xavier, He) trains on the
 * bundled MNIST and the tab fills with the chosen series' per-layer statistics. With
 * {@code -Dinside.shots=DIR} it also writes the tab in English and Korean as PNG files.
 */
@ExtendWith(ApplicationExtension.class)
class InsideViewTest {
    private TrainingLab lab;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        lab = new TrainingLab(i18n, new CoreBackend(), CoreBackend::preset);
        UiTestKit.show(stage, lab, 1280, 720);
    }

    private void edit(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void theInsideTabGrowsHeatStripsAndLayerCurvesForTheChosenSeries(FxRobot robot) throws Exception {
        robot.interact(() -> lab.model().choosePreset(Preset.INIT));
        edit(robot, "#param-length", "200");
        edit(robot, "#param-train-size", "2000");
        robot.clickOn("#training-start");
        robot.clickOn("Inside the net");
        UiTestKit.waitUntil(60, () -> OnFx.call(() -> lab.model().stateProperty().get()) == RunState.FINISHED);
        robot.interact(() -> { });

        assertEquals(1, (int) OnFx.call(() -> robot.lookup("#training-views").queryAs(TabPane.class)
                .getSelectionModel().getSelectedIndex()));
        InsideView inside = lab.inside();
        // 200 iterations sampled at 1, 20, 40, …, 200: 11 records, all of the first series (std=0.01).
        List<LayerStatsRecord> drawn = OnFx.call(() -> inside.strips().records());
        assertEquals(List.of(1, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200),
                drawn.stream().map(LayerStatsRecord::iteration).toList());
        assertTrue(drawn.stream().allMatch(r -> r.seriesIndex() == 0));
        // 4 hidden layers have a dead-share curve, all 5 layers a gradient-norm curve; the ratio plot has the 1e-3 guide.
        assertEquals(4, (int) OnFx.call(() -> inside.dead().curveCount()));
        assertEquals(5, (int) OnFx.call(() -> inside.gradient().curveCount()));
        assertEquals(6, (int) OnFx.call(() -> inside.ratio().curveCount()));
        assertArrayEquals(new double[] {1e-3, 1e-3}, OnFx.call(() -> inside.ratio().data(0).ys()));
        assertEquals(11, (int) OnFx.call(() -> inside.dead().data(0).size()));
        // std 0.01: updates far below the guide in every layer.
        assertTrue(Arrays.stream(OnFx.call(() -> inside.ratio().data(1).ys())).allMatch(y -> y < 1e-5));

        robot.interact(() -> inside.series().getSelectionModel().select(2));
        List<LayerStatsRecord> he = OnFx.call(() -> inside.strips().records());
        assertEquals(11, he.size());
        assertTrue(he.stream().allMatch(r -> r.seriesIndex() == 2 && r.series().equals("he")));
        // He: updates within a decade or so of the guide.
        assertTrue(Arrays.stream(OnFx.call(() -> inside.ratio().data(1).ys())).allMatch(y -> y > 1e-4));
        // The strips name their layers in the language of the moment, there and back.
        org.gradientlab.ui.kit.plot.PaintedLanguage.assertFollowsTheLanguage(robot, i18n, inside.strips(), "layer 1",
                "1층");

        String shots = System.getProperty("inside.shots");
        if (shots != null) {
            Path dir = Files.createDirectories(Path.of(shots));
            robot.interact(() -> inside.series().getSelectionModel().select(0));
            shoot(robot, lab, dir.resolve("inside-std001-en.png"));
            robot.interact(() -> inside.series().getSelectionModel().select(2));
            shoot(robot, lab, dir.resolve("inside-he-en.png"));
            robot.interact(() -> i18n.setLanguage(Language.KOREAN));
            shoot(robot, lab, dir.resolve("inside-he-ko.png"));
            robot.interact(() -> inside.series().getSelectionModel().select(0));
            shoot(robot, lab, dir.resolve("inside-std001-ko.png"));
        }
    }

    /** Writes the lab as a PNG file (InsideCompareTest shoots with it too). */
    static void shoot(FxRobot robot, TrainingLab lab, Path png) throws Exception {
        robot.interact(() -> { });
        Thread.sleep(300);
        OnFx.call(() -> {
            ImageExport.writePng(ImageExport.snapshot(lab.view().getScene().getRoot(), 1), png);
            return null;
        });
    }
}
