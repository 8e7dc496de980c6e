package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** The lab's model as a saved scene uses it: set up by hand, captured, restored in a fresh lab. */
@ExtendWith(ApplicationExtension.class)
class TrainingLabModelTest {
    private final ScriptedBackend backend = new ScriptedBackend(4, 200_000);
    private TrainingLab lab;

    @Start
    void start(Stage stage) {
        lab = new TrainingLab(new I18n(Language.ENGLISH), backend, CoreBackend::preset);
        UiTestKit.show(stage, lab);
    }

    private static void edit(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static String text(TrainingLab in, String id) {
        return OnFx.call(() -> ((TextField) in.view().lookup(id)).getText());
    }

    @Test
    void aSetupTypedInTheEditorsComesBackInAFreshLab(FxRobot robot) {
        robot.interact(() -> lab.model().choosePreset(Preset.CUSTOM));
        ComboBox<?> optimizer = robot.lookup("#param-optimizer").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<OptimizerKind>) optimizer).setValue(OptimizerKind.RMSPROP));
        edit(robot, "#param-lr", "0.003");
        edit(robot, "#param-init", "0.02");
        edit(robot, "#param-hidden", "64, 32");
        edit(robot, "#param-batch", "50");
        edit(robot, "#param-length", "77");
        edit(robot, "#param-dropout", "0.3");
        edit(robot, "#param-seed", "4242");
        TrainingLabSetup setup = OnFx.call(() -> lab.model().setup());
        assertEquals(new TrainingLabSetup("custom", "rmsprop", 0.003, "0.02", "relu", List.of(64, 32), 50, 77, false,
                0.3, 0, 60_000, 4242), setup);

        TrainingLab fresh = OnFx.call(() -> {
            TrainingLab other = new TrainingLab(new I18n(Language.ENGLISH), backend, CoreBackend::preset);
            UiTestKit.show(new Stage(), other);
            assertSame(other.model(), other.setupModel(null).orElseThrow());
            other.model().apply(setup);
            return other;
        });
        assertEquals(setup, OnFx.call(() -> fresh.model().setup()));
        assertEquals(Preset.CUSTOM, OnFx.call(() -> ((ComboBox<?>) fresh.view().lookup("#param-preset")).getValue()));
        assertEquals(OptimizerKind.RMSPROP,
                OnFx.call(() -> ((ComboBox<?>) fresh.view().lookup("#param-optimizer")).getValue()));
        for (String id : List.of("#param-lr", "#param-init", "#param-batch", "#param-length", "#param-dropout",
                "#param-seed", "#param-train-size", "#param-lambda")) {
            assertEquals(text(lab, id), text(fresh, id), id);
        }
        assertEquals("64, 32", text(fresh, "#param-hidden"));
        assertTrue(OnFx.call(() -> fresh.model().captionedProperty().get().equals(setup.parameters())));
    }

    @Test
    void anEditorWithBadTextKeepsTheLastValidSetup(FxRobot robot) {
        edit(robot, "#param-batch", "32");
        edit(robot, "#param-batch", "many");
        assertFalse(OnFx.call(() -> lab.model().editorsValidProperty().get()));
        assertEquals(32, OnFx.call(() -> lab.model().setup().batchSize()));
    }

    @Test
    void applyCancelsARunAndNothingOfItIsListed(FxRobot robot) throws Exception {
        edit(robot, "#param-length", "1000000");
        robot.clickOn("#training-start");
        UiTestKit.waitUntil(5, () -> lab.charts().loss().data(0).size() > 5);
        TrainingLabSetup next = TrainingLabSetup.of(CoreBackend.preset(Preset.INIT).withSeed(9));
        OnFx.call(() -> {
            lab.model().apply(next);
            return null;
        });
        assertFalse(OnFx.call(() -> lab.model().isRunning()));
        assertEquals(RunState.FINISHED, OnFx.call(() -> lab.model().stateProperty().get()));
        assertFalse(robot.lookup("#training-start").queryButton().isDisabled());
        assertEquals("9", text(lab, "#param-seed"));
        Thread.sleep(300);
        assertEquals(0, OnFx.call(() -> lab.model().runs().size()), "the forgotten run is not listed");
        assertEquals(0, OnFx.call(() -> lab.model().samples().size()), "no late sample reaches the charts");
        assertEquals(next, OnFx.call(() -> lab.model().setup()));
    }

    @Test
    void finishedRunsAreNamedByWhatSetsThemApart(FxRobot robot) {
        I18n english = new I18n(Language.ENGLISH);
        TrainingParameters book = OnFx.call(() -> lab.model().parametersProperty().get());
        for (TrainingParameters p : List.of(InsideSnapshot.withLength(book, 30), InsideSnapshot.withLength(book, 40),
                InsideSnapshot.withBatchNorm(InsideSnapshot.withLength(book, 40), true))) {
            robot.interact(() -> {
                lab.model().edit(p);
                lab.model().start(false);
            });
            UiTestKit.waitUntil(30, () -> lab.model().stateProperty().get() == RunState.FINISHED);
        }
        List<String> names = OnFx.call(() -> lab.model().runs().stream().map(r -> english.text(r.label.get())).toList());
        assertEquals(List.of("#3 Optimizer comparison · batch norm · 40 iterations · seed 0 · 4 series",
                "#2 Optimizer comparison · no batch norm · 40 iterations · seed 0 · 4 series",
                "#1 Optimizer comparison · no batch norm · 30 iterations · seed 0 · 4 series"), names);
        // Without run #3, #1 and #2 still differ in their iterations alone.
        robot.interact(() -> lab.model().remove(lab.model().runs().get(0)));
        assertEquals(List.of("#2 Optimizer comparison · 40 iterations · seed 0 · 4 series",
                "#1 Optimizer comparison · 30 iterations · seed 0 · 4 series"),
                OnFx.call(() -> lab.model().runs().stream().map(r -> english.text(r.label.get())).toList()));
    }
}
