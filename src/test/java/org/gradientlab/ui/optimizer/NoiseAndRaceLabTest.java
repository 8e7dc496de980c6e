package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.GradientNoise;
import org.gradientlab.core.surface.TrajectoryPoint;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.ui.FxFailures;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.theme.Fonts;

/**
 * The optimizer lab's gradient-noise field and fair-race panel, driven by clicks and typing and
 * read off the screen: σ = 0 gives the book's points, tuning on the book's surface gives SGD the
 * rate found by hand, and the many-starts table counts the bowl's one-step landings.
 */
@ExtendWith({FxFailures.class, ApplicationExtension.class})
class NoiseAndRaceLabTest {
    private I18n i18n;
    private OptimizerLabModel model;

    @Start
    void start(Stage stage) {
        Fonts.load();
        i18n = new I18n(Language.ENGLISH);
        OptimizerLab lab = new OptimizerLab(i18n, (name, extension) -> Optional.empty());
        model = lab.model();
        UiTestKit.show(stage, lab);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Scrolls the side panel so {@code node} is on screen, as a user would before clicking it. */
    private static <T extends Node> T reveal(T node) {
        OnFx.call(() -> {
            Parent p = node.getParent();
            while (!(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            ScrollPane scroll = (ScrollPane) p;
            Node content = scroll.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (at.getMinY() - 40) / room)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = reveal(robot.lookup(id).queryAs(TextField.class));
        robot.doubleClickOn(field).interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    private static void click(FxRobot robot, String id) {
        robot.clickOn(reveal(robot.lookup(id).queryAs(Node.class)));
    }

    /** src/test/resources/book/*.csv, written by tools/book_reference.py from the book's own code. */
    private static List<double[]> book(OptimizerKind kind) throws IOException {
        var stream = NoiseAndRaceLabTest.class.getResourceAsStream("/book/" + kind.id() + ".csv");
        assertNotNull(stream, kind.id());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine();
            return reader.lines().map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                    .toList();
        }
    }

    @Test
    void theRaceHintWritesItsRatesByTheKitsRule(FxRobot robot) {
        // Num.plain is for fields; a sentence writes 10⁻⁴ as every other figure and caption does.
        String hint = OnFx.call(() -> robot.lookup(".muted").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.startsWith("Tune rates")).findFirst().orElseThrow());
        assertTrue(hint.contains("η from 1 × 10⁻⁴ to 10 "), hint);
    }

    @Test
    void typingSigmaMakesThePathsNoisyAndSigmaZeroGivesTheBooksPointsBack(FxRobot robot) throws IOException {
        type(robot, "#optimizer-noise-sigma", "0.5");
        type(robot, "#optimizer-noise-seed", "7");
        assertEquals(new GradientNoise(0.5, 7), model.noise());
        TrajectoryPoint noisy = model.run(OptimizerKind.SGD).trajectory().point(1);
        double[] bookStep1 = book(OptimizerKind.SGD).get(1);
        assertNotEquals(bookStep1[1], noisy.x(), "σ = 0.5 moves SGD off the book's first step");
        assertTrue(text(robot, "#optimizer-caption").contains("gradient noise σ = 0.5, seed 7"),
                text(robot, "#optimizer-caption"));

        type(robot, "#optimizer-noise-sigma", "0");
        assertEquals(new GradientNoise(0, 7), model.noise());
        assertFalse(text(robot, "#optimizer-caption").contains("noise"), "the book's figure names no noise");
        for (OptimizerKind kind : OptimizerKind.values()) {
            List<double[]> rows = book(kind);
            var path = model.run(kind).trajectory();
            assertEquals(rows.size(), path.points().size(), kind.id());
            for (double[] row : rows) {
                TrajectoryPoint p = path.point((int) row[0]);
                assertEquals(row[1], p.x(), 1e-12, kind + " x at step " + p.step());
                assertEquals(row[2], p.y(), 1e-12, kind + " y at step " + p.step());
            }
        }
    }

    @Test
    void aBadSigmaIsNamedUnderTheFieldAndChangesNothing(FxRobot robot) {
        type(robot, "#optimizer-noise-sigma", "-1");
        assertTrue(robot.lookup("#optimizer-noise-sigma-error").queryAs(Label.class).isVisible());
        assertTrue(model.noise().isNone());
    }

    @Test
    void tuningOnTheBooksSurfaceGivesSgdTheRateFoundByHandAndShowsIt(FxRobot robot) {
        click(robot, "#optimizer-tune");
        UiTestKit.waitUntil(30, () -> model.run(OptimizerKind.SGD).settings().learningRate() == 0.5
                && !robot.lookup("#optimizer-tuned").queryAs(Label.class).getText().isEmpty());
        // FairRaceTest: η = 0.5 zeroes y at once; η = 1 swings y for good.
        String tuned = text(robot, "#optimizer-tuned");
        assertTrue(tuned.startsWith("Tuned η: SGD 0.5 · "), tuned);
        for (Run run : model.runs()) {
            assertTrue(tuned.contains(i18n.text(org.gradientlab.ui.kit.text.DisplayNames.of(run.kind())) + " "
                    + Num.format(run.settings().learningRate())), run.kind() + " shows the rate it now runs at: " + tuned);
        }
        assertEquals("0.5", text(robot, "#result-sgd-lr"));
        assertEquals(i18n.text("optimizer.race.tuned-done", 6, 30), text(robot, "#optimizer-race-status"));

        OnFx.call(() -> {
            i18n.setLanguage(Language.KOREAN);
            return null;
        });
        assertTrue(text(robot, "#optimizer-tuned").startsWith("조정된 η: SGD 0.5 · "), text(robot, "#optimizer-tuned"));
        OnFx.call(() -> {
            i18n.setLanguage(Language.ENGLISH);
            model.setStart(new Vec2(-6, 1));
            return null;
        });
        assertEquals("", text(robot, "#optimizer-tuned"), "a new start makes the tuned rates a thing of the past");
    }

    @Test
    void manyStartsOnTheBowlCountEveryStartReachedInOneStep(FxRobot robot) {
        OnFx.call(() -> {
            model.setSurface("bowl");
            for (Run run : model.runs()) {
                run.enabledProperty().set(run.kind() == OptimizerKind.SGD);
            }
            return null;
        });
        type(robot, "#optimizer-lr-field", "0.5");
        assertEquals(0.5, model.run(OptimizerKind.SGD).settings().learningRate());
        click(robot, "#optimizer-many-starts");
        UiTestKit.waitUntil(30, () -> robot.lookup("#starts-sgd-reached").tryQuery().isPresent());
        // x ← x − 0.5 · 2x = 0: from each of the 100 cell centres (none at the minimum) one step lands.
        assertEquals("100 of 100 (100%)", text(robot, "#starts-sgd-reached"));
        assertEquals("1", text(robot, "#starts-sgd-median"));
        assertTrue(robot.lookup("#starts-momentum-reached").tryQuery().isEmpty(), "hidden runs are not raced");

        OnFx.call(() -> {
            i18n.setLanguage(Language.KOREAN);
            return null;
        });
        assertEquals("100개 중 100개 (100%)", text(robot, "#starts-sgd-reached"));
        assertTrue(text(robot, "#optimizer-starts-caption").startsWith("화면 영역의 시작점 10 × 10개"),
                text(robot, "#optimizer-starts-caption"));
        OnFx.call(() -> {
            i18n.setLanguage(Language.ENGLISH);
            return null;
        });
    }
}
