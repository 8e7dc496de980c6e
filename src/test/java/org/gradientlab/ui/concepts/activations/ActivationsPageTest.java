package org.gradientlab.ui.concepts.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.concepts.activations.ActivationSettings;
import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.job.JobRunner;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.widgets.SliderField;

/** The gallery as a learner uses it: click a function, move α, read the checklist, send it on. */
@ExtendWith(ApplicationExtension.class)
class ActivationsPageTest {
    private final List<Activation> sent = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private I18n i18n;
    private ActivationsPage page;

    @Start
    void start(Stage stage) {
        Fonts.load();
        i18n = new I18n(Language.ENGLISH);
        // The training runs on the FX thread here, so it is done once the view is shown.
        page = new ActivationsPage(i18n, sent::add, new JobRunner(Runnable::run, Runnable::run));
        page.attach(shown::add);
        UiTestKit.show(stage, page, 1100, 760);
    }

    private static String text(FxRobot robot, String id) {
        return OnFx.call(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static String answer(FxRobot robot, String check) {
        return text(robot, "#activations-check-" + check + "-answer") + " "
                + text(robot, "#activations-check-" + check + "-mark");
    }

    private static void choose(FxRobot robot, GalleryFunction function) {
        robot.clickOn("#activations-fn-" + function.id());
    }

    /** Types {@code value} into a parameter's field and presses Enter. */
    private static void type(FxRobot robot, String fieldId, String value) {
        OnFx.call(() -> {
            SliderField field = robot.lookup(fieldId).queryAs(SliderField.class);
            field.field().setText(value);
            field.field().fireEvent(new ActionEvent());
            return null;
        });
        // An error mark makes ControlsFX move the scene's root into a DecorationPane; a lookup
        // made while it moves the children finds nothing, so let the FX thread finish first.
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyFunctionShowsTheSeedsChecklist(FxRobot robot) {
        String[][] expected = {
                // zero-centred, saturates, cheap, dies
                {"no ×", "yes ×", "no ×", "no ✓"},   // sigmoid
                {"yes ✓", "yes ×", "no ×", "no ✓"},  // tanh
                {"no ×", "no ✓", "yes ✓", "yes ×"},  // ReLU
                {"no ×", "no ✓", "yes ✓", "no ✓"},   // Leaky ReLU
                {"no ×", "no ✓", "yes ✓", "no ✓"},   // PReLU
                {"partly ≈", "yes ×", "no ×", "no ✓"}, // ELU
                {"partly ≈", "no ✓", "yes ✓", "no ✓"}, // Maxout
        };
        String[] checks = {"zero-centred", "saturates", "cheap", "dies"};
        for (GalleryFunction function : GalleryFunction.values()) {
            choose(robot, function);
            assertTrue(OnFx.call(() -> robot.lookup("#activations-fn-" + function.id()).queryAs(ToggleButton.class)
                    .isSelected()));
            String name = OnFx.call(() -> i18n.text(Keys.name(function)));
            assertTrue(text(robot, "#activations-caption").startsWith(name + ":"), text(robot, "#activations-caption"));
            for (int c = 0; c < checks.length; c++) {
                assertEquals(expected[function.ordinal()][c], answer(robot, checks[c]), function + " " + checks[c]);
                assertFalse(text(robot, "#activations-check-" + checks[c] + "-reason").startsWith("!"), function + " reason");
            }
        }
        choose(robot, GalleryFunction.RELU);
        assertTrue(text(robot, "#activations-check-dies-reason").contains("never updates"));
    }

    @Test
    void movingLeakyAlphaRedrawsThePlotAndTellsTheInitLabKeepsTheDefault(FxRobot robot) {
        choose(robot, GalleryFunction.LEAKY_RELU);
        Image before = OnFx.call(() -> plot(robot).snapshot(null, null));
        assertTrue(text(robot, "#activations-send-note").contains("Leaky ReLU"));
        assertFalse(text(robot, "#activations-send-note").contains("default"));
        OnFx.call(() -> {
            robot.lookup("#activations-leaky-alpha").queryAs(SliderField.class).slider().setValue(Math.log10(0.3));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.3, page.model().settingsProperty().get().leakySlope(), 1e-9);
        assertEquals(0.3, OnFx.call(() -> plot(robot).shown().settings().leakySlope()), 1e-9);
        assertTrue(text(robot, "#activations-caption").contains("α = 0.3"), text(robot, "#activations-caption"));
        assertTrue(text(robot, "#activations-send-note").contains("default α = 0.01"), text(robot, "#activations-send-note"));
        Image after = OnFx.call(() -> plot(robot).snapshot(null, null));
        assertTrue(differ(before, after), "the plot did not change");
    }

    @Test
    void preluWithAlphaZeroCanDieAndABadValueIsRejectedInline(FxRobot robot) {
        choose(robot, GalleryFunction.PRELU);
        assertEquals("no ✓", answer(robot, "dies"));
        type(robot, "#activations-prelu-alpha", "0");
        assertEquals("yes ×", answer(robot, "dies"));
        type(robot, "#activations-prelu-alpha", "7");
        SliderField field = OnFx.call(() -> robot.lookup("#activations-prelu-alpha").queryAs(SliderField.class));
        assertTrue(OnFx.call(() -> field.error().isVisible()));
        assertTrue(OnFx.call(() -> field.error().getText()).contains("from −1 to 1"), OnFx.call(() -> field.error().getText()));
        assertEquals(0, page.model().settingsProperty().get().preluAlpha());
        assertTrue(OnFx.call(() -> field.field().getStyleClass().contains("invalid")), "the field has the red border");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(OnFx.call(() -> org.controlsfx.control.decoration.Decorator.getDecorations(field.field()).isEmpty()),
                "and ControlsFX's error mark");
    }

    @Test
    void maxoutPresetsTurnItIntoReluWithItsDeadSide(FxRobot robot) {
        choose(robot, GalleryFunction.MAXOUT);
        assertEquals("no ✓", answer(robot, "dies"));
        robot.clickOn("#activations-maxout-as-relu");
        assertEquals("yes ×", answer(robot, "dies"));
        assertTrue(text(robot, "#activations-caption").contains("w2 = 0,"), text(robot, "#activations-caption"));
    }

    @Test
    void sendsTheCoreActivationAndShowsTheInitLab(FxRobot robot) {
        choose(robot, GalleryFunction.ELU);
        robot.clickOn("#activations-send");
        assertEquals(List.of(Activation.ELU), sent);
        assertEquals(List.of("init"), shown);
        choose(robot, GalleryFunction.TANH);
        robot.clickOn("#activations-send");
        assertEquals(List.of(Activation.ELU, Activation.TANH), sent);
    }

    @Test
    void sendIsDisabledWithAReasonForPreluAndMaxout(FxRobot robot) {
        for (GalleryFunction function : List.of(GalleryFunction.PRELU, GalleryFunction.MAXOUT)) {
            choose(robot, function);
            assertTrue(OnFx.call(() -> robot.lookup("#activations-send").queryAs(Button.class).isDisabled()));
            assertTrue(text(robot, "#activations-send-note").contains("not in the initialization lab"));
        }
        OnFx.call(() -> {
            robot.lookup("#activations-send").queryAs(Button.class).fire();
            return null;
        });
        assertEquals(List.of(), sent);
        choose(robot, GalleryFunction.RELU);
        assertFalse(OnFx.call(() -> robot.lookup("#activations-send").queryAs(Button.class).isDisabled()));
    }

    @Test
    void preluTrainingStepsPlaysToANegativeAlphaAndLendsItToThePlot(FxRobot robot) {
        assertFalse(OnFx.call(() -> robot.lookup("#activations-training").query().isVisible()));
        choose(robot, GalleryFunction.PRELU);
        assertTrue(OnFx.call(() -> robot.lookup("#activations-training").query().isVisible()));
        assertTrue(text(robot, "#activations-training-status").startsWith("iteration 0 of 120 · α = 0.250"),
                text(robot, "#activations-training-status"));
        robot.clickOn("#activations-training-step");
        assertTrue(text(robot, "#activations-training-status").startsWith("iteration 1 of 120"));
        // Step to near the end, then let playback run the last few frames.
        OnFx.call(() -> {
            for (int i = 1; i < 110; i++) {
                page.step();
            }
            page.playPause();
            return null;
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !page.model().playingProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError("the replay did not reach its end", e);
        }
        String status = text(robot, "#activations-training-status");
        assertTrue(status.startsWith("iteration 120 of 120 · α = −0.9"), status);
        robot.clickOn("#activations-training-use");
        assertTrue(page.model().settingsProperty().get().preluAlpha() < -0.9);
        assertEquals("no ✓", answer(robot, "dies"));
        OnFx.call(() -> {
            page.reset();
            return null;
        });
        assertEquals(ActivationSettings.DEFAULT, page.model().settingsProperty().get());
        assertEquals(0, page.model().iterationProperty().get());
    }

    @Test
    void rightArrowWalksThroughTheFunctionsOutsidePrelu(FxRobot robot) {
        OnFx.call(() -> {
            page.step();
            return null;
        });
        assertSame(GalleryFunction.TANH, page.model().functionProperty().get());
        assertTrue(OnFx.call(() -> robot.lookup("#activations-fn-tanh").queryAs(ToggleButton.class).isSelected()));
    }

    @Test
    void speaksKorean(FxRobot robot) {
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("시그모이드", OnFx.call(() -> robot.lookup("#activations-fn-sigmoid").queryAs(ToggleButton.class).getText()));
        assertEquals("예 ×", answer(robot, "saturates"));
        assertTrue(text(robot, "#activations-caption").startsWith("시그모이드:"));
        assertEquals("가중치 초기화 실험실로 보내기",
                OnFx.call(() -> robot.lookup("#activations-send").queryAs(Button.class).getText()));
        choose(robot, GalleryFunction.PRELU);
        assertTrue(text(robot, "#activations-training-status").startsWith("반복 0 / 120"));
        assertTrue(text(robot, "#activations-send-note").contains("가중치 초기화 실험실에 없습니다"));
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
    }

    @Test
    void exportsTheFigureNotTheControls(FxRobot robot) {
        Node figure = OnFx.call(page::exportNode);
        assertEquals("activations-figure", figure.getId());
        assertNotEquals(null, figure.lookup("#activations-caption"));
        assertNotEquals(null, figure.lookup("#activations-check-dies-reason"));
        assertNull(figure.lookup("#activations-send"));
    }

    private static FunctionPlot plot(FxRobot robot) {
        return robot.lookup(".activation-plot").queryAs(FunctionPlot.class);
    }

    private static boolean differ(Image a, Image b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theFunctionPlotRepaintsItsLegendInKoreanAndBackInEnglish(FxRobot robot) {
        org.gradientlab.ui.kit.plot.PlotCanvas plot = robot.lookup(".activation-plot").queryAs(
                org.gradientlab.ui.kit.plot.PlotCanvas.class);
        org.gradientlab.ui.kit.plot.PaintedLanguage.assertFollowsTheLanguage(robot, i18n, plot,
                "dead: f′ = 0", "죽은 구간: f′ = 0");
    }
}
