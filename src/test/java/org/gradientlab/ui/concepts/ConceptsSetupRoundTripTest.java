package org.gradientlab.ui.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.concepts.activations.ActivationsPage;
import org.gradientlab.ui.concepts.activations.ActivationsSetup;
import org.gradientlab.ui.concepts.babysitting.BabysittingPage;
import org.gradientlab.ui.concepts.babysitting.BabysittingSetup;
import org.gradientlab.ui.concepts.conv.ConvPage;
import org.gradientlab.ui.concepts.conv.ConvSetup;
import org.gradientlab.ui.concepts.ensembles.EnsemblesPage;
import org.gradientlab.ui.concepts.ensembles.EnsemblesSetup;
import org.gradientlab.ui.concepts.preprocessing.PreprocessingLab;
import org.gradientlab.ui.concepts.preprocessing.PreprocessingSetup;
import org.gradientlab.ui.concepts.schedules.SchedulesPage;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.text.ScreenTexts;
import org.gradientlab.ui.lab.SetupModel;

/**
 * Every page of the concepts lab, set up by hand, captured through the lab's
 * {@link ConceptsLab#setupModel} and applied to a fresh lab, reads the same on screen.
 */
@ExtendWith(ApplicationExtension.class)
class ConceptsSetupRoundTripTest {
    private ConceptsLab lab;

    @Start
    void start(Stage stage) {
        lab = lab();
        UiTestKit.show(stage, lab);
    }

    private static ConceptsLab lab() {
        I18n i18n = new I18n(Language.ENGLISH);
        return new ConceptsLab(i18n, List.of(new ActivationsPage(i18n, activation -> { }), new PreprocessingLab(i18n),
                new BabysittingPage(i18n), new SchedulesPage(i18n), new EnsemblesPage(i18n), new ConvPage(i18n)));
    }

    /** The page's setup applied to {@code to}'s page of the same id; apply's type is the model's own. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void copy(ConceptsLab from, ConceptsLab to, String pageId) {
        SetupModel source = from.setupModel(pageId).orElseThrow();
        SetupModel target = to.setupModel(pageId).orElseThrow();
        target.apply(source.setup());
    }

    private static Record setup(ConceptsLab in, String pageId) {
        return in.setupModel(pageId).orElseThrow().setup();
    }

    private void show(FxRobot robot, String pageId) {
        robot.interact(() -> lab.showPage(pageId));
    }

    @Test
    void everyPageLeftByHandReadsTheSameInAFreshLab(FxRobot robot) {
        show(robot, "activations");
        robot.clickOn("#activations-fn-elu");
        show(robot, "preprocessing");
        robot.clickOn("#prep-same-scale");
        robot.clickOn("#prep-new-sample");
        show(robot, "ensembles");
        robot.interact(() -> robot.lookup("#ensembles-nets").queryAs(Slider.class).setValue(3));
        show(robot, "conv");
        for (String[] typed : List.of(new String[] {"#conv-field-w", "9"}, new String[] {"#conv-field-s", "1"})) {
            TextField field = robot.lookup(typed[0]).queryAs(TextField.class);
            robot.interact(() -> field.setText(typed[1]));
        }
        robot.interact(() -> lab.setupModel("babysitting").map(m -> (SetupModel<BabysittingSetup>) m).orElseThrow()
                .apply(new BabysittingSetup(42)));

        assertEquals("elu", ((ActivationsSetup) OnFx.call(() -> setup(lab, "activations"))).function());
        PreprocessingSetup prep = (PreprocessingSetup) OnFx.call(() -> setup(lab, "preprocessing"));
        assertTrue(prep.sameScale() && prep.seed() == 2 && prep.points() == null, prep.toString());
        assertEquals(new BabysittingSetup(42), OnFx.call(() -> setup(lab, "babysitting")));
        assertEquals(3, ((EnsemblesSetup) OnFx.call(() -> setup(lab, "ensembles"))).nets());
        ConvSetup conv = (ConvSetup) OnFx.call(() -> setup(lab, "conv"));
        assertTrue(conv.width() == 9 && conv.stride() == 1, conv.toString());

        ConceptsLab fresh = OnFx.call(() -> {
            ConceptsLab other = lab();
            UiTestKit.show(new Stage(), other);
            return other;
        });
        for (String pageId : OnFx.call(lab::pageIds)) {
            OnFx.call(() -> {
                copy(lab, fresh, pageId);
                lab.showPage(pageId);
                fresh.showPage(pageId);
                return null;
            });
            assertEquals(OnFx.call(() -> setup(lab, pageId)), OnFx.call(() -> setup(fresh, pageId)), pageId);
            List<String> left = ScreenTexts.settled(lab.pageProperty().get().view());
            List<String> restored = ScreenTexts.settled(fresh.pageProperty().get().view());
            assertEquals(String.join("\n", left), String.join("\n", restored), pageId);
        }
    }

    @Test
    void aSetupReplacesAFieldsUnreadableTextThoughItsValueIsTheSame(FxRobot robot) {
        show(robot, "conv");
        ConvSetup before = (ConvSetup) OnFx.call(() -> setup(lab, "conv"));
        TextField width = robot.lookup("#conv-field-w").queryAs(TextField.class);
        robot.interact(() -> width.setText("wide"));
        robot.interact(() -> lab.setupModel("conv").map(m -> (SetupModel<ConvSetup>) m).orElseThrow().apply(before));
        assertEquals(String.valueOf(before.width()), OnFx.call(width::getText));
        assertEquals(before, OnFx.call(() -> setup(lab, "conv")));
    }

    @Test
    void theLabItselfHasNoSetupAndAnUnknownPageIsRefused() {
        assertTrue(OnFx.call(() -> lab.setupModel(null)).isEmpty());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> lab.setupModel("optimizers"));
        assertTrue(e.getMessage().contains("optimizers"), e.getMessage());
        assertTrue(OnFx.call(() -> lab.setupModel(SchedulesPage.ID)).isPresent());
    }
}
