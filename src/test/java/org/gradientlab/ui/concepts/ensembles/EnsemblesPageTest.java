package org.gradientlab.ui.concepts.ensembles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.concepts.ensembles.EnsembleConfig;
import org.gradientlab.core.concepts.ensembles.EnsembleResult;
import org.gradientlab.core.concepts.ensembles.Ensembles;
import org.gradientlab.core.concepts.ensembles.SmallNet;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.concepts.ensembles.EnsemblesModel.Status;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.RecordingLab;
import org.gradientlab.ui.kit.plot.SeriesPalette;

/** The page as a learner uses it, with nets small enough to train in a fraction of a second. */
@ExtendWith(ApplicationExtension.class)
class EnsemblesPageTest {
    static final SmallNet MEMBERS = new SmallNet(List.of(30), 0.003, 100, 150, 2000, 1000);
    static final SmallNet DROPOUT = new SmallNet(List.of(50, 50), 0.003, 100, 150, 2000, 1000);

    @TempDir
    Path dir;
    private I18n i18n;
    private EnsemblesPage page;
    private ConceptsLab lab;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        page = new EnsemblesPage(i18n, new EnsemblesModel(MEMBERS, DROPOUT, 0));
        lab = new ConceptsLab(i18n, List.of(page, new RecordingLab("other")));
        UiTestKit.show(stage, lab);
    }

    private void await(java.util.function.Supplier<Status> status) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> OnFx.call(status::get) != Status.RUNNING);
        } catch (TimeoutException e) {
            throw new AssertionError("the run did not end", e);
        }
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Pixels of the node's snapshot within a small distance of {@code colour}. */
    private static int pixels(String id, Color colour, FxRobot robot) {
        Node node = robot.lookup(id).query();
        WritableImage image = OnFx.call(() -> node.snapshot(null, null));
        PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = reader.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 0.08) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String percent(double share) {
        // The UI's one percent style (Num.percent), in both languages: 97.31%.
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    @Test
    void trainsTheChosenNumberOfNetsAndShowsTheirAccuracies(FxRobot robot) {
        robot.clickOn("#ensembles-nets").type(KeyCode.HOME).type(KeyCode.RIGHT, 2);
        assertEquals("Networks: 3", text(robot, "#ensembles-nets-label"));
        assertEquals("—", text(robot, "#ensembles-ensemble"));
        assertEquals(0, pixels("#ensembles-member-chart", SeriesPalette.VERMILLION, robot), "no line before training");
        robot.clickOn("#ensembles-train");
        await(() -> page.model().ensembleStatusProperty().get());

        EnsembleResult expected = Ensembles.run(new EnsembleConfig(MEMBERS, 3, 0), Mnist.bundled(), () -> false,
                m -> { });
        assertEquals(percent(expected.bestSingle()), text(robot, "#ensembles-best"));
        assertEquals(percent(expected.meanSingle()), text(robot, "#ensembles-mean"));
        assertEquals(percent(expected.ensemble()), text(robot, "#ensembles-ensemble"));
        assertEquals("Done.", text(robot, "#ensembles-status"));
        assertTrue(text(robot, "#ensembles-caption").contains("all 3 together " + percent(expected.ensemble())),
                text(robot, "#ensembles-caption"));
        assertEquals(3, OnFx.call(() -> robot.lookup("#ensembles-member-chart").queryAs(MemberChart.class)
                .members().size()));
        // The nets' dots (blue) and the first-k line (vermillion) are on the canvas.
        assertTrue(pixels("#ensembles-member-chart", SeriesPalette.BLUE, robot) > 100);
        assertTrue(pixels("#ensembles-member-chart", SeriesPalette.VERMILLION, robot) > 100);

        // The results stay while another page is on show.
        robot.clickOn("#concept-nav-other");
        robot.clickOn("#concept-nav-ensembles");
        assertEquals(percent(expected.ensemble()), text(robot, "#ensembles-ensemble"));
    }

    @Test
    void cancellingStopsTheRunAndFreesTheTrainButton(FxRobot robot) {
        OnFx.call(() -> {
            page.playPause();
            page.playPause();
            return null;
        });
        await(() -> page.model().ensembleStatusProperty().get());
        assertEquals(Status.CANCELLED, OnFx.call(() -> page.model().ensembleStatusProperty().get()));
        assertEquals("Cancelled.", text(robot, "#ensembles-status"));
        assertFalse(robot.lookup("#ensembles-train").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#ensembles-cancel").queryAs(Button.class).isDisabled());
    }

    @Test
    void comparesTheScaledPassWithAveragedMaskedPasses(FxRobot robot) {
        robot.clickOn("#ensembles-dropout-run");
        await(() -> page.model().dropoutStatusProperty().get());
        var result = OnFx.call(() -> page.model().dropoutProperty().get());
        assertEquals(percent(result.scaledAccuracy()), text(robot, "#ensembles-scaled"));
        assertEquals(percent(result.averaged()), text(robot, "#ensembles-averaged"));
        assertEquals(percent(result.meanSinglePass()), text(robot, "#ensembles-single"));
        assertEquals(0.5, result.config().dropoutRatio());
        assertEquals(100, result.averagedAccuracy().size());
        assertEquals(1.0, OnFx.call(() -> page.model().dropoutProgressProperty().get()), 1e-9);
    }

    @Test
    void speaksKoreanAndResetsToTheStart(FxRobot robot) throws Exception {
        OnFx.call(() -> {
            page.model().setNets(2);
            page.model().train();
            return null;
        });
        await(() -> page.model().ensembleStatusProperty().get());
        OnFx.call(() -> {
            i18n.setLanguage(Language.KOREAN);
            return null;
        });
        assertEquals("학습", robot.lookup("#ensembles-train").queryAs(Button.class).getText());
        assertEquals("완료.", text(robot, "#ensembles-status"));
        assertTrue(text(robot, "#ensembles-ensemble").matches("\\d+\\.\\d\\d%"), text(robot, "#ensembles-ensemble"));
        String caption = text(robot, "#ensembles-caption");
        assertTrue(caption.startsWith("MNIST에서의 앙상블"), caption);

        Node figure = OnFx.call(page::exportNode);
        assertEquals("ensembles-figure", figure.getId());
        assertTrue(figure.lookup("#ensembles-train") == null, "the export holds the figure, not the controls");
        WritableImage image = OnFx.call(() -> ImageExport.snapshot(figure, 1));
        Path png = dir.resolve("ensembles.png");
        ImageExport.writePng(image, png);
        assertTrue(Files.size(png) > 10_000);

        OnFx.call(() -> {
            page.reset();
            return null;
        });
        assertEquals("—", text(robot, "#ensembles-ensemble"));
        assertEquals("아직 실행하지 않았습니다.", text(robot, "#ensembles-status"));
        assertEquals(5, OnFx.call(() -> page.model().netsProperty().get()));
        assertNotEquals(0, robot.lookup("#ensembles-member-chart").queryAs(MemberChart.class).getWidth());
    }

    @Test
    void aSetupComesBackOnTheSlidersAndApplyForgetsTheRuns(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup("#ensembles-nets").queryAs(javafx.scene.control.Slider.class).setValue(3);
            robot.lookup("#ensembles-ratio").queryAs(javafx.scene.control.Slider.class).setValue(0.3);
        });
        EnsemblesSetup setup = OnFx.call(() -> page.model().setup());
        assertEquals(new EnsemblesSetup(3, 0.3), setup);
        OnFx.call(() -> {
            page.model().train();
            page.model().runDropout();
            page.model().apply(new EnsemblesSetup(7, 0.6));
            return null;
        });
        assertEquals(Status.IDLE, OnFx.call(() -> page.model().ensembleStatusProperty().get()));
        assertEquals(Status.IDLE, OnFx.call(() -> page.model().dropoutStatusProperty().get()));
        assertEquals(7.0, robot.lookup("#ensembles-nets").queryAs(javafx.scene.control.Slider.class).getValue());
        assertEquals(0.6, robot.lookup("#ensembles-ratio").queryAs(javafx.scene.control.Slider.class).getValue(), 1e-12);
        Thread.sleep(500);
        assertTrue(OnFx.call(() -> page.model().membersProperty().get().isEmpty()), "no late member lands");
        assertEquals(Status.IDLE, OnFx.call(() -> page.model().ensembleStatusProperty().get()));

        EnsemblesPage fresh = OnFx.call(() -> new EnsemblesPage(i18n, new EnsemblesModel(MEMBERS, DROPOUT, 0)));
        OnFx.call(() -> {
            fresh.setupModel(null).map(m -> (EnsemblesModel) m).orElseThrow().apply(setup);
            return null;
        });
        assertEquals(setup, OnFx.call(() -> fresh.model().setup()));
    }
}
