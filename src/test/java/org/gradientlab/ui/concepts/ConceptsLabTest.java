package org.gradientlab.ui.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ToggleButton;
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
import org.gradientlab.ui.lab.LabHost;
import org.gradientlab.ui.lab.RecordingLab;

@ExtendWith(ApplicationExtension.class)
class ConceptsLabTest {
    private RecordingLab first;
    private RecordingLab second;
    private ConceptsLab lab;

    @Start
    void start(Stage stage) {
        first = new RecordingLab("optimizer");
        second = new RecordingLab("init");
        lab = new ConceptsLab(new I18n(Language.ENGLISH), List.of(first, second));
        UiTestKit.show(stage, lab, 800, 500);
    }

    @Test
    void showsTheFirstPageAndSwitchesOnClick(FxRobot robot) {
        assertSame(first, lab.pageProperty().get());
        assertTrue(first.view().isVisible() && first.view().getScene() != null);
        robot.clickOn("#concept-nav-init");
        assertSame(second, lab.pageProperty().get());
        assertSame(second.view(), OnFx.call(() -> ((javafx.scene.layout.StackPane)
                ((javafx.scene.layout.BorderPane) lab.view()).getCenter()).getChildren().get(0)));
        assertEquals("Weight initialization", robot.lookup("#concept-nav-init").queryAs(ToggleButton.class).getText());
    }

    @Test
    void clickingTheShownPageKeepsItShown(FxRobot robot) {
        robot.clickOn("#concept-nav-optimizer");
        assertSame(first, lab.pageProperty().get());
        assertTrue(robot.lookup("#concept-nav-optimizer").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void shortcutsAndExportGoToThePageOnShow(FxRobot robot) {
        robot.clickOn("#concept-nav-init");
        OnFx.call(() -> {
            lab.playPause();
            lab.step();
            lab.step();
            lab.reset();
            return null;
        });
        assertEquals(List.of(0, 0, 0), List.of(first.playPauses, first.steps, first.resets));
        assertEquals(List.of(1, 2, 1), List.of(second.playPauses, second.steps, second.resets));
        assertSame(second.exportNode(), OnFx.call(lab::exportNode));
    }

    @Test
    void unknownPageNamesTheKnownOnes() {
        String message = OnFx.call(() -> {
            try {
                lab.showPage("gallery");
                return "no exception";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        assertTrue(message.contains("no page 'gallery'") && message.contains("optimizer|init"), message);
        assertEquals(List.of("optimizer", "init"), lab.pageIds());
    }

    @Test
    void everyPageReceivesTheHost() {
        LabHost host = id -> {};
        lab.attach(host);
        assertSame(host, first.host);
        assertSame(host, second.host);
    }
}
