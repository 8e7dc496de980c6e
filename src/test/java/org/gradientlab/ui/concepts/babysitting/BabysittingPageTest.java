package org.gradientlab.ui.concepts.babysitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.RecordingLab;

/** The page as a learner uses it: click Run, wait for the real MNIST runs, read marks and numbers. */
@ExtendWith(ApplicationExtension.class)
class BabysittingPageTest {
    private static final List<String> IDS = BabysitStep.lecture().stream().map(BabysitStep::id).toList();
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+\\.\\d+)");

    private Stage stage;
    private I18n i18n;
    private BabysittingPage page;
    private ConceptsLab lab;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        i18n = new I18n(Language.ENGLISH);
        page = new BabysittingPage(i18n);
        lab = new ConceptsLab(i18n, List.of(page, new RecordingLab("other")));
        show(lab.view());
    }

    private void show(javafx.scene.Node root) {
        UiTestKit.show(stage, (Parent) root, UiTestKit.WIDTH, UiTestKit.HEIGHT);
    }

    @Test
    void theWindowFitsTheScreenSoEveryFrameIsPainted() {
        // A window taller than the headless screen (1280×800) made every frame's pixel upload throw
        // BufferOverflowException on the render thread: nothing on show was ever painted.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        assertTrue(OnFx.call(() -> stage.getWidth() <= screen.getWidth() && stage.getHeight() <= screen.getHeight()),
                "window " + stage.getWidth() + "×" + stage.getHeight() + " on a screen of " + screen);
    }

    private void replaceRoot(BabysittingPage other) {
        OnFx.call(() -> {
            stage.getScene().setRoot((Parent) other.view());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void awaitIdle(BabysittingPage page) {
        UiTestKit.waitUntil(60, () -> !page.model().busyProperty().get());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static double firstNumber(String text) {
        Matcher m = FIRST_NUMBER.matcher(text);
        assertTrue(m.find(), "no number in '" + text + "'");
        return Double.parseDouble(m.group(1));
    }

    @Test
    void runAllPassesEveryCheckAndShowsTheObservedNumbers(FxRobot robot) throws Exception {
        assertEquals("Not run", text(robot, "#babysit-mark-initial-loss"));
        robot.clickOn("#babysit-run-all");
        assertTrue(OnFx.call(() -> page.model().busyProperty().get()), "busy while the steps run");
        awaitIdle(page);
        for (String id : IDS) {
            assertEquals("Pass", text(robot, "#babysit-mark-" + id), id);
        }
        assertEquals("6 of 6 checks passed.", text(robot, "#babysit-status"));
        for (String id : IDS) {
            // The kit's numbers: a true minus, "× 10ⁿ", never the core's ASCII "-0.038" or "4.04e35".
            String observed = text(robot, "#babysit-observed-" + id);
            assertTrue(!observed.contains("-") && !observed.matches(".*\\de-?\\d.*"), observed);
        }
        String initial = text(robot, "#babysit-observed-initial-loss");
        assertEquals(Math.log(10), firstNumber(initial), 0.02, initial);
        assertTrue(text(robot, "#babysit-expected-initial-loss").contains("2.3026"));
        String overfit = text(robot, "#babysit-observed-overfit");
        assertTrue(overfit.startsWith("train accuracy 1.00, final loss 0.0"), overfit);
        String regularization = text(robot, "#babysit-observed-regularization");
        assertTrue(firstNumber(regularization) > Math.log(10), regularization);
        LossSpark spark = robot.lookup("#babysit-spark-lr-right").queryAs(LossSpark.class);
        assertEquals(BabysitStep.lecture().get(5).iterations(), OnFx.call(spark::shownPoints));
        assertTrue(text(robot, "#babysit-caption").contains("6 of 6 checks passed"));

        // The exported figure: the cards and the caption, no Run buttons.
        javafx.scene.Node figure = OnFx.call(page::exportNode);
        assertTrue(robot.from(figure).lookup(".button").queryAll().isEmpty(), "no controls in the figure");
        WritableImage image = OnFx.call(() -> ImageExport.snapshot(figure, 1));
        Path out = Path.of("target", "babysitting-export.png");
        ImageExport.writePng(image, out);
        assertTrue(Files.size(out) > 10_000 && image.getHeight() > 600, "figure of " + image.getHeight() + " px");

        // Another page and back: the results are still there.
        robot.clickOn("#concept-nav-other");
        robot.clickOn("#concept-nav-babysitting");
        assertEquals("Pass", text(robot, "#babysit-mark-lr-right"));
    }

    @Test
    void aLargeInitialWeightFailsTheFirstCheck(FxRobot robot) {
        BabysittingPage failing = new BabysittingPage(i18n,
                List.of(BabysitStep.lecture().get(0).withWeightInit(WeightInit.ofStd(1)).withTrainSize(2000)), 0,
                Mnist::bundled);
        replaceRoot(failing);
        robot.clickOn("#babysit-run-initial-loss");
        awaitIdle(failing);
        assertEquals("Fail", text(robot, "#babysit-mark-initial-loss"));
        assertTrue(firstNumber(text(robot, "#babysit-observed-initial-loss")) > Math.log(10) + 1);
        assertTrue(robot.lookup("#babysit-card-initial-loss").query().getStyleClass().contains("babysit-card-is-fail"));
        assertEquals("0 of 1 checks passed.", text(robot, "#babysit-status"));
    }

    @Test
    void cancelStopsTheRunBeforeAnyStepEnds(FxRobot robot) {
        CountDownLatch loading = new CountDownLatch(1);
        Supplier<Mnist> slowData = () -> {
            try {
                loading.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Mnist.bundled();
        };
        BabysittingPage slow = new BabysittingPage(i18n, BabysitStep.lecture(), 0, slowData);
        replaceRoot(slow);
        robot.clickOn("#babysit-run-all");
        assertEquals("Loading MNIST…", text(robot, "#babysit-status"));
        assertTrue(OnFx.call(() -> robot.lookup("#babysit-progress").query().isVisible()));
        robot.clickOn("#babysit-cancel");
        loading.countDown();
        awaitIdle(slow);
        assertEquals("Cancelled. Steps that finished keep their results.", text(robot, "#babysit-status"));
        for (String id : IDS) {
            assertEquals("Not run", text(robot, "#babysit-mark-" + id), id);
        }
        assertTrue(robot.lookup("#babysit-cancel").queryAs(Button.class).isDisabled());
        assertTrue(!robot.lookup("#babysit-run-all").queryAs(Button.class).isDisabled());
    }

    @Test
    void spaceRunsTheNextStepAndRClearsTheResults(FxRobot robot) {
        OnFx.call(() -> {
            lab.playPause();
            return null;
        });
        awaitIdle(page);
        assertEquals("Pass", text(robot, "#babysit-mark-initial-loss"));
        assertEquals("Not run", text(robot, "#babysit-mark-regularization"));
        OnFx.call(() -> {
            lab.playPause();
            return null;
        });
        awaitIdle(page);
        assertEquals("Pass", text(robot, "#babysit-mark-regularization"));
        OnFx.call(() -> {
            lab.reset();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(OnFx.call(() -> page.model().states().get(0).resultProperty().get()));
        assertEquals("Not run", text(robot, "#babysit-mark-initial-loss"));
        assertEquals("not run yet", text(robot, "#babysit-observed-initial-loss"));
    }

    @Test
    void labelsFollowTheLanguageIntoKorean(FxRobot robot) {
        OnFx.call(() -> {
            i18n.setLanguage(Language.KOREAN);
            return null;
        });
        assertEquals("모든 단계 실행", text(robot, "#babysit-run-all"));
        assertEquals("실행 전", text(robot, "#babysit-mark-overfit"));
        assertEquals("기대", OnFx.call(() -> ((Labeled) robot.lookup(".babysit-numbers-name").query()).getText()));
        assertTrue(text(robot, "#babysit-expected-overfit").startsWith("예 20개에서 훈련 정확도 1.00"),
                text(robot, "#babysit-expected-overfit"));
        assertEquals("학습 과정 지켜보기", text(robot, "#concept-nav-babysitting"));
    }

    /** The keys the cards build from a check, a step id or a mark exist in both languages. */
    @Test
    void everyComposedKeyHasAnEnglishAndAKoreanText() {
        for (Language language : Language.values()) {
            I18n texts = new I18n(language);
            List<String> keys = new java.util.ArrayList<>();
            for (org.gradientlab.core.concepts.babysitting.Check check
                    : org.gradientlab.core.concepts.babysitting.Check.values()) {
                keys.add(StepCard.expectedKey(check));
                keys.add(StepCard.KEY + "observed." + check.name());
            }
            keys.add(StepCard.KEY + "observed.EXPLODES.diverged");
            keys.add(StepCard.KEY + "setting.tip");
            StepCard.MARKS.forEach(kind -> keys.add(StepCard.markKey(kind)));
            IDS.forEach(id -> {
                keys.add(StepCard.KEY + "step." + id + ".title");
                keys.add(StepCard.KEY + "step." + id + ".lecture");
            });
            for (String key : keys) {
                assertTrue(!texts.text(key).startsWith("!"), language + " lacks " + key);
            }
        }
    }

    @Test
    void aStepsLossSparkNamesItsAxesInTheLanguageOfTheMomentThereAndBack(FxRobot robot) {
        org.gradientlab.ui.kit.plot.PlotCanvas spark = robot.lookup(".babysit-spark").queryAs(
                org.gradientlab.ui.kit.plot.PlotCanvas.class);
        org.gradientlab.ui.kit.plot.PaintedLanguage.assertFollowsTheLanguage(robot, i18n, spark, "update", "갱신");
    }
}
