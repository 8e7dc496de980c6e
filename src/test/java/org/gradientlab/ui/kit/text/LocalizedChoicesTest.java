package org.gradientlab.ui.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

@ExtendWith(ApplicationExtension.class)
class LocalizedChoicesTest {
    private final I18n i18n = new I18n(Language.ENGLISH);
    private ComboBox<OptimizerKind> box;

    @Start
    void start(Stage stage) {
        box = new ComboBox<>();
        box.getItems().setAll(OptimizerKind.SGD, OptimizerKind.MOMENTUM);
        LocalizedChoices.show(box, i18n, kind -> i18n.text(DisplayNames.of(kind)));
        box.setValue(OptimizerKind.MOMENTUM);
        UiTestKit.show(stage, new javafx.scene.layout.StackPane(box), 300, 200);
    }

    @Test
    void theClosedBoxTheListAndTheConverterFollowALanguageSwitchThereAndBack(FxRobot robot) {
        assertEquals("Momentum", OnFx.call(() -> box.getButtonCell().getText()));
        assertEquals(List.of("SGD", "Momentum"), listTexts(robot));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("모멘텀", OnFx.call(() -> box.getButtonCell().getText()));
        assertEquals("모멘텀", OnFx.call(() -> box.getConverter().toString(OptimizerKind.MOMENTUM)));
        assertEquals(List.of("SGD", "모멘텀"), listTexts(robot));
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        assertEquals("Momentum", OnFx.call(() -> box.getButtonCell().getText()));
        assertEquals(List.of("SGD", "Momentum"), listTexts(robot));
    }

    /** Opens the list, reads its cells and closes it again. */
    private List<String> listTexts(FxRobot robot) {
        robot.interact(box::show);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = OnFx.call(() -> robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class)
                .lookupAll(".list-cell").stream()
                .map(node -> ((ListCell<?>) node).getText())
                .filter(text -> text != null && !text.isEmpty())
                .toList());
        robot.interact(box::hide);
        return texts;
    }
}
